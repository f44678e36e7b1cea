package dev.khabar.local;

import dev.khabar.aws.AppConfig;
import dev.khabar.aws.Services;

import java.util.Map;

/** Entry point of the local HTTP front: {@code java dev.khabar.local.LocalMain}, configured by environment. */
public final class LocalMain {
    private LocalMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("KHABAR_HOST", "127.0.0.1");
        WriteGuard guard = WriteGuard.forBinding(host, env.get("KHABAR_API_KEY"));
        LocalStack stack = new LocalStack(AppConfig.from(env)).provision();
        Services services = stack.services();
        int port = Integer.parseInt(env.getOrDefault("KHABAR_PORT", "3000"));
        LocalFront front = new LocalFront(host, port, LocalRoutes.of(services), services.json(), guard, webPage(env)).start();
        Runtime.getRuntime().addShutdownHook(new Thread(front::close));
        System.out.println("{\"level\":\"INFO\",\"message\":\"local front listening\",\"url\":\"http://" + host + ":" + front.port() + "\"}");
        Thread.currentThread().join();
    }

    /** The web page from KHABAR_WEB_ROOT, else web/ in the working directory; none if absent. */
    private static StaticFiles webPage(Map<String, String> env) throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of(env.getOrDefault("KHABAR_WEB_ROOT", "web"));
        return java.nio.file.Files.isDirectory(root) ? new StaticFiles(root) : null;
    }
}
