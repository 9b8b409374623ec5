package io.eventwire.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table page loaded from the database as the operator pages through it: the pages count and load through
 * the boundary with their own filter form, so the table's own sort and filter metadata is not used.
 */
public class PageModel<T> extends LazyDataModel<T> {

    public interface Counter extends Serializable {
        long count();
    }

    public interface Loader<T> extends Serializable {
        List<T> load(int first, int max);
    }

    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public PageModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(Math.min(Integer.MAX_VALUE, counter.count()));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData().stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }
}
