package io.eventwire.replay.control;

import io.eventwire.eventstore.boundary.Projection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Every read model that can be rebuilt from the event store: each {@link Projection} bean, by name. */
@ApplicationScoped
public class ReadModels {

    @Inject
    @Any
    Instance<Projection> projections;

    public Optional<Projection> named(String name) {
        return projections.stream().filter(projection -> projection.name().equals(name)).findFirst();
    }

    public Set<String> names() {
        return projections.stream().map(Projection::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
