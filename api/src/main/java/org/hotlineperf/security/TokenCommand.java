package org.hotlineperf.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./hotline token --role FINANCE --region 430700 --organisation 常德市财政局 [--subject NAME] [--ttl 8h]}:
 * prints a bearer token signed with the configured local key ({@code hotline-perf.security.local-signing-key},
 * read like the service reads it: {@code application.yaml}, environment, {@code --hotline-perf...} arguments). It
 * starts no database and no server. The subject defaults to the operating-system user; the lifetime to 8 hours.
 */
public final class TokenCommand {

    private static final String USAGE = "usage: ./hotline token --role ADMIN|FINANCE|DEPARTMENT|VIEWER"
            + " [--region CODE] [--organisation NAME] [--subject NAME] [--ttl 8h] [--hotline-perf.property=value ...]";
    private static final List<String> OPTIONS = List.of("role", "region", "organisation", "subject", "ttl");

    private TokenCommand() {
    }

    public static void main(String[] args) {
        List<String> springArguments = new ArrayList<>();
        Actor actor;
        Duration ttl;
        try {
            Map<String, String> options = options(args, springArguments);
            actor = actor(options);
            ttl = DurationStyle.detectAndParse(options.getOrDefault("ttl", "8h"));
            if (ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("--ttl must be positive");
            }
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(springArguments.toArray(String[]::new))) {
            AuthenticationProperties properties = Binder.get(context.getEnvironment())
                    .bindOrCreate("hotline-perf.security", AuthenticationProperties.class);
            System.out.println(new TokenMinter(properties.localKey()).mint(actor, ttl));
        }
    }

    /** The source of the command's small context, which only reads configuration: no beans, no scan. */
    static class Settings {
    }

    /** The command's own options ({@code --role FINANCE} or {@code --role=FINANCE}); Spring properties aside. */
    static Map<String, String> options(String[] args, List<String> springArguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + argument);
            }
            String name = argument.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!OPTIONS.contains(name)) {
                if (value == null) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
                springArguments.add(argument);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        return options;
    }

    /** The actor the options describe, with the claims its role needs ({@link TokenClaims}). */
    static Actor actor(Map<String, String> options) {
        return TokenClaims.actor(options.getOrDefault("subject", System.getProperty("user.name", "operator")),
                options.get("role"), options.get("region"), options.get("organisation"));
    }
}
