package org.nearpeer.http.problem;

/**
 * 404: the resource does not exist for this caller. Resources of another school answer the same
 * way, so ids cannot be probed across schools.
 */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String resource, Object id) {
        super(resource + "-not-found", "No " + resource.replace('-', ' ') + " with id " + id + " exists for you.");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Resource not found";
    }
}
