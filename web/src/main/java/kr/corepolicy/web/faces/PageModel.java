package kr.corepolicy.web.faces;

import java.util.List;
import java.util.Map;
import kr.corepolicy.service.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table over a service that pages on the server and returns the page with its total in one call. The
 * count that PrimeFaces asks for first is taken from the first page; the rows come from the page asked for.
 */
public abstract class PageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private transient List<T> last;

    /** Fetches page {@code page} (from 0) of {@code size} rows, sorted by {@code sortField} (null: default). */
    protected abstract Page<T> fetch(int page, int size, String sortField, boolean descending);

    /** The row's key, unique in the table. */
    protected abstract String key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(0, 1, null, false).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean descending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            field = meta.getField();
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        int size = Math.max(1, pageSize);
        Page<T> page = fetch(first / size, size, field, descending);
        setRowCount((int) page.total());
        last = page.items();
        return last;
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.stream().filter(r -> key(r).equals(rowKey)).findFirst().orElse(null);
    }
}
