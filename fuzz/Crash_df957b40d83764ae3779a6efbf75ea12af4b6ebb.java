import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

public class Crash_df957b40d83764ae3779a6efbf75ea12af4b6ebb {
    static final String base64Bytes = String.join("", "SFRUUDovL1dXVy5FODAvL2EvYi9hbXAvYW1wLz91dG1fYj0yJmE9MSNmcmFn");

    public static void main(String[] args) throws Throwable {
        Crash_df957b40d83764ae3779a6efbf75ea12af4b6ebb.class.getClassLoader().setDefaultAssertionStatus(true);
        try {
            Method fuzzerInitialize = dev.khabar.fuzz.UrlCanonicalizerFuzz.class.getMethod("fuzzerInitialize");
            fuzzerInitialize.invoke(null);
        } catch (NoSuchMethodException ignored) {
            try {
                Method fuzzerInitialize = dev.khabar.fuzz.UrlCanonicalizerFuzz.class.getMethod("fuzzerInitialize", String[].class);
                fuzzerInitialize.invoke(null, (Object) args);
            } catch (NoSuchMethodException ignored1) {
            } catch (IllegalAccessException | InvocationTargetException e) {
                e.printStackTrace();
                System.exit(1);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            e.printStackTrace();
            System.exit(1);
        }
        byte[] input = java.util.Base64.getDecoder().decode(base64Bytes);
        dev.khabar.fuzz.UrlCanonicalizerFuzz.fuzzerTestOneInput(input);
    }
}