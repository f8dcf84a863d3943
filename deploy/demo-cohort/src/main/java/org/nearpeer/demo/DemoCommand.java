package org.nearpeer.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nearpeer.demo.cohort.Cohort;
import org.nearpeer.demo.cohort.CohortGenerator;
import org.nearpeer.demo.load.CohortLoader;
import org.nearpeer.demo.load.LoadFailure;
import org.nearpeer.demo.load.Target;

/**
 * {@code ./nearpeer demo}: loads the demo cohort into the running local stack, or into any
 * deployment given by its URLs and accounts.
 */
public final class DemoCommand {

    public static final String USAGE = """
            usage: ./nearpeer demo [--keycloak URL] [--realm NAME] [--enrollment URL] [--matching URL] [--session URL]
                                   [--survey URL] [--analytics URL] [--keycloak-admin USER:PASSWORD] [--platform-admin USER]
                                   [--coordinator SCHOOL=USER]... [--coder SCHOOL=USER]... [--password PASSWORD]
              Without options: the stack of ./nearpeer up on this machine and the accounts of its realm import.
              Student accounts are created in Keycloak (with the master realm's administrator) and share --password.""";

    private DemoCommand() {
    }

    /** @return the exit code */
    public static int run(List<String> args, Target defaults, PrintStream out) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Target target;
        try {
            target = parse(args, defaults);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        Cohort cohort = CohortGenerator.generate();
        out.printf("Loading the demo cohort (%d participants in %d schools) through the APIs ...%n", cohort.participants().size(),
                cohort.schools().size());
        try {
            for (CohortLoader.LoadedSchool school : new CohortLoader(target, out).load(cohort)) {
                String ids = String.join("&cycleId=", school.cycleIds().values());
                out.printf("  report: %s/api/v1/reports/program?cycleId=%s&format=pdf   (as the coordinator of %s)%n", target.analyticsUrl(), ids,
                        school.schoolId());
            }
            return 0;
        } catch (LoadFailure e) {
            out.println("The demo cohort could not be loaded: " + e.getMessage());
            return 1;
        }
    }

    static Target parse(List<String> args, Target defaults) {
        Map<String, String> single = new HashMap<>();
        Map<String, String> coordinators = new HashMap<>(defaults.coordinators());
        Map<String, String> coders = new HashMap<>(defaults.coders());
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("Unknown option or missing value: " + option);
            }
            String value = rest.remove(0);
            switch (option) {
                case "--coordinator" -> put(coordinators, option, value);
                case "--coder" -> put(coders, option, value);
                case "--keycloak", "--realm", "--enrollment", "--matching", "--session", "--survey", "--analytics", "--keycloak-admin",
                        "--platform-admin", "--password" -> single.put(option, value);
                default -> throw new IllegalArgumentException("Unknown option: " + option);
            }
        }
        String[] admin = single.getOrDefault("--keycloak-admin", defaults.keycloakAdmin() + ":" + defaults.keycloakAdminPassword()).split(":", 2);
        if (admin.length != 2) {
            throw new IllegalArgumentException("--keycloak-admin takes USER:PASSWORD");
        }
        return new Target(trim(single.getOrDefault("--keycloak", defaults.keycloakUrl())), single.getOrDefault("--realm", defaults.realm()),
                trim(single.getOrDefault("--enrollment", defaults.enrollmentUrl())), trim(single.getOrDefault("--matching", defaults.matchingUrl())),
                trim(single.getOrDefault("--session", defaults.sessionUrl())), trim(single.getOrDefault("--survey", defaults.surveyUrl())),
                trim(single.getOrDefault("--analytics", defaults.analyticsUrl())), admin[0], admin[1],
                single.getOrDefault("--platform-admin", defaults.platformAdmin()), Map.copyOf(coordinators), Map.copyOf(coders),
                single.getOrDefault("--password", defaults.password()));
    }

    private static void put(Map<String, String> accounts, String option, String value) {
        String[] parts = value.split("=", 2);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(option + " takes SCHOOL=USER, not " + value);
        }
        accounts.put(parts[0], parts[1]);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
