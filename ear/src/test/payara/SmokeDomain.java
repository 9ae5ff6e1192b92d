import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts Payara Server's domain1 for the EAR smoke test on free ports and deploys the EAR (run by the ear-smoke
 * profile with {@code java SmokeDomain.java <payara home> <ear> <properties out>}, the database settings in the
 * environment). The server's defaults (8080, 4848, 8181, 3700 …) may be taken on a developer's machine, by an
 * application left running with the run command for one; then the server could not bind its listener and the
 * smoke test waited for nothing. So every listener of server-config gets a port that is free now, and the
 * address of the application goes to the properties file that EarSmokeIT reads. The domain is stopped with
 * {@code asadmin stop-domain domain1}, which reads its admin port from the same domain.xml.
 */
public final class SmokeDomain {

    /** The listeners of server-config whose port attribute is rewritten. */
    private static final Pattern LISTENER = Pattern.compile(
            "<(network-listener|iiop-listener|jms-host|jmx-connector)\\b[^>]*>");
    private static final Pattern PORT = Pattern.compile("(?<=\\s)port=\"(\\d+)\"");
    private static final Pattern NAME = Pattern.compile("(?<=\\s)(?:name|id)=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SmokeDomain <payara home> <ear> <properties out>");
        }
        Path home = Path.of(args[0]);
        Path ear = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Map<String, Integer> ports = freePorts(home.resolve("glassfish/domains/domain1/config/domain.xml"));
        int http = ports.get("http-listener-1");
        int admin = ports.get("admin-listener");
        System.out.println("[smoke] Payara Server domain1 on free ports " + ports);

        String asadmin = home.resolve("glassfish/lib/client/appserver-cli.jar").toString();
        run(List.of("-jar", asadmin, "start-domain", "domain1"));
        run(List.of("-jar", asadmin, "--port", Integer.toString(admin), "deploy", "--name", "corepolicy",
                "--skipdsfailure=true", "--force=true", ear.toString()));
        Files.writeString(out, "corepolicy.server.url=http://localhost:" + http + "/\n"
                + "corepolicy.admin.port=" + admin + "\n", StandardCharsets.UTF_8);
    }

    /** Gives every listener of server-config a free port in domain.xml; returns them by listener name. */
    static Map<String, Integer> freePorts(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int start = xml.indexOf("<config name=\"server-config\"");
        int end = xml.indexOf("</config>", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("no server-config in " + domainXml);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        StringBuilder config = new StringBuilder();
        Matcher listener = LISTENER.matcher(xml.substring(start, end));
        try {
            while (listener.find()) {
                String tag = listener.group();
                Matcher port = PORT.matcher(tag);
                if (!port.find()) {
                    continue;
                }
                // Held open until all are chosen, so that no two listeners get the same port.
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                Matcher name = NAME.matcher(tag);
                ports.put(name.find() ? name.group(1) : listener.group(1), socket.getLocalPort());
                listener.appendReplacement(config, Matcher.quoteReplacement(
                        port.replaceFirst("port=\"" + socket.getLocalPort() + "\"")));
            }
            listener.appendTail(config);
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        if (!ports.containsKey("http-listener-1") || !ports.containsKey("admin-listener")) {
            throw new IllegalStateException("http-listener-1 or admin-listener not found in " + domainXml
                    + ": " + ports);
        }
        Files.writeString(domainXml, xml.substring(0, start) + config + xml.substring(end), StandardCharsets.UTF_8);
        return ports;
    }

    private static void run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("asadmin " + arguments.subList(2, arguments.size()) + " failed (" + exit
                    + ")");
        }
    }
}
