package dev.khabar.store;

/** One dependency's liveness, answered quickly and without throwing. */
public interface HealthCheck {

    String name();

    boolean isUp();
}
