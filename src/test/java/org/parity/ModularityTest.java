package org.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and their allowed dependencies, and their documentation: one canvas per module (public
 * types, events published and listened to, bean references) and the module diagrams, kept in
 * docs/modules and linked from the README. When a module's face changes, refresh the committed copy with
 * {@code ./mvnw test -Dtest=ModularityTest -Dparity.docs.update=true}; this test fails while it is stale.
 */
class ModularityTest {

    private static final Path COMMITTED = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(ParityApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theCommittedModuleDocumentationIsCurrent() throws IOException {
        Path fresh = Path.of("target", "spring-modulith-docs");
        write(fresh);
        if (Boolean.getBoolean("parity.docs.update")) {
            write(COMMITTED);
        }
        List<String> names = files(fresh);
        assertThat(files(COMMITTED)).as("module documents in %s", COMMITTED).isEqualTo(names);
        for (String name : names) {
            assertThat(lines(COMMITTED.resolve(name)))
                    .as("%s is stale: refresh it with -Dparity.docs.update=true", COMMITTED.resolve(name))
                    .isEqualTo(lines(fresh.resolve(name)));
        }
    }

    private void write(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /** A document's lines in order of text: the documenter lists modules in no fixed order. */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }

    private static List<String> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
