package kr.corepolicy.service.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from: the client address, set by the web layer when a request starts, read
 * by {@link AuditService} for every event of that request. Empty outside an HTTP request (timers, start-up).
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
