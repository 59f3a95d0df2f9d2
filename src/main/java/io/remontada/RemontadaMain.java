package io.remontada;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.remontada.common.StartupFailure;
import io.remontada.importer.ImportCommand;

/**
 * The entry point: {@code import FILE...} runs the {@link ImportCommand} and exits; anything else
 * serves the API until stopped. Either way a start that fails for want of a database or a setting
 * ends with one line saying what to do (see {@link StartupFailure}).
 */
@QuarkusMain
public class RemontadaMain {

    public static void main(String... args) {
        boolean importing = args.length > 0 && args[0].equals("import");
        if (importing) {
            // a command serves nobody: no HTTP server (so it runs beside a replica on the same port), no banner,
            // and no shutdown delay, which gives load balancers time to see a serving replica's readiness go DOWN
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.banner.enabled", "false");
            System.setProperty("quarkus.shutdown.delay", "0s");
            // its own output is the progress and the report; the log says only what went wrong, unless asked for more
            if (System.getProperty("quarkus.log.console.level") == null && System.getenv("QUARKUS_LOG_CONSOLE_LEVEL") == null) {
                System.setProperty("quarkus.log.console.level", "WARN");
            }
        }
        Quarkus.run(importing ? ImportCommand.class : Server.class, RemontadaMain::exit, args);
    }

    private static void exit(int code, Throwable failure) {
        if (failure != null) {
            StartupFailure.report(failure);
        }
        ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(code, failure);
    }

    /** The API: serves until the process is told to stop. */
    public static class Server implements QuarkusApplication {

        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }
}
