package org.nearpeer.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nearpeer.stack.Component;
import org.nearpeer.stack.LocalStack;
import org.nearpeer.stack.Progress;
import org.nearpeer.stack.StackSettings;
import org.nearpeer.testing.SharedServers;

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

    private static Started start() {
        try {
            Path projectRoot = Path.of(System.getProperty("nearpeer.project.root"));
            Map<Component, Integer> ports = new EnumMap<>(Component.class);
            for (Component component : Component.values()) {
                ports.put(component, SharedServers.freePort());
            }
            StackSettings settings = new StackSettings(projectRoot, Files.createTempDirectory("nearpeer-smoke-"),
                    Path.of(System.getProperty("java.home")), ports);
            LocalStack stack = LocalStack.startForFaultInjection(settings, new Progress(System.out, false));
            List<ProcessHandle> processes = new ArrayList<>();
            ProcessHandle.current().descendants().forEach(processes::add);
            return new Started(stack, processes);
        } catch (Exception e) {
            throw new IllegalStateException("The local stack did not start", e);
        }
    }
}
