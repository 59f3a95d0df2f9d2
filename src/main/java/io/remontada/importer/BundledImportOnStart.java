package io.remontada.importer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the bundled history on the first start against a database that does not hold it yet, so
 * a fresh deployment (or a fresh dev machine) serves data without a separate step; later starts
 * find the bundle's checksum recorded and skip it.
 */
@Singleton
public class BundledImportOnStart {

    void onStart(@Observes StartupEvent event, ImportService imports,
            @ConfigProperty(name = "remontada.import.bundled-at-start") boolean enabled) {
        if (enabled) {
            imports.importBundled();
        }
    }
}
