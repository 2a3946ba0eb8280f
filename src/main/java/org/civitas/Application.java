package org.civitas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableAsync
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        // A subcommand (tally, select-panel) runs on its own: no web server, no database.
        var command = Commands.find(args);
        if (command.isPresent()) {
            System.exit(command.get().run(System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
