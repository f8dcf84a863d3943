package org.nearpeer.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nearpeer.demo.load.Accounts;
import org.nearpeer.demo.load.Http;
import org.nearpeer.demo.load.Target;
import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.NearpeerService;
import org.nearpeer.stack.Progress;
import org.nearpeer.stack.StackSettings;

/**
 * The packaged platform started once per test run the way {@code ./nearpeer up} starts it — real
 * PostgreSQL, Kafka and Keycloak, the five services in their prod profile — on free ports, shared
 * by every end-to-end test class and stopped when the run ends.
 */
public final class RunningStack implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningStack.class);
    private static volatile Started started;

    private record Started(LocalStack stack, List<ProcessHandle> processes) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            stack.close();
            // Nothing the stack started may outlive it (the embedded PostgreSQL included).
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(processes.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " " + p.info().command().orElse("?")))
                            .isEmpty());
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> start(), Started.class);
    }

    static LocalStack stack() {
        return started.stack();
    }

    /** The stack's URLs and the accounts of its realm import (the demo loader's view of it). */
    static Target target() {
        LocalStack stack = stack();
        return Target.localStack(stack.keycloak().baseUrl(), stack.serviceUrl(NearpeerService.ENROLLMENT), stack.serviceUrl(NearpeerService.MATCHING),
                stack.serviceUrl(NearpeerService.SESSION), stack.serviceUrl(NearpeerService.SURVEY), stack.serviceUrl(NearpeerService.ANALYTICS));
    }

    /** A real Keycloak access token of a realm account (password grant on the CLI client), cached until it nears expiry. */
    static String token(String username) {
        return LOGINS.computeIfAbsent(target().keycloakUrl(), url -> new Accounts(new Http(), target())).token(username);
    }

    private static final Map<String, Accounts> LOGINS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Started start() {
        try {
            Path projectRoot = Path.of(System.getProperty("nearpeer.project.root"));
            StackSettings settings = StackSettings.onFreePorts(projectRoot, Files.createTempDirectory("nearpeer-smoke-"),
                    Path.of(System.getProperty("java.home")));
            LocalStack stack = LocalStack.startForFaultInjection(settings, new Progress(System.out, false));
            List<ProcessHandle> processes = new ArrayList<>();
            ProcessHandle.current().descendants().forEach(processes::add);
            return new Started(stack, processes);
        } catch (Exception e) {
            throw new IllegalStateException("The local stack did not start", e);
        }
    }
}
