package dev.khabar.errors;

/** 503: a store we depend on did not answer; the caller may retry the same request safely. */
public class DependencyUnavailableException extends KhabarException {
    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(503, "dependency_unavailable", "The " + dependency + " service is unavailable; retry later.", cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
