package uz.daftar.projections.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The activity index's physical shape: a versioned index ({@value #INDEX}) created from the mapping file of the
 * same name in {@code resources/elasticsearch/}, reached through the alias {@value ActivityIndexer#INDEX_ALIAS}.
 * When the index already exists, the file's mappings are put to it again, so a field added to the file reaches an
 * index created before it; changing a field's type needs a new index version instead.
 */
@Component
public class ActivityIndex {

    public static final String INDEX = "activity-v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElasticsearchClient elasticsearch;
    private volatile boolean exists;

    ActivityIndex(ElasticsearchClient elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    void ensureExists() {
        if (exists) {
            return;
        }
        try {
            if (!elasticsearch.indices().exists(e -> e.index(INDEX)).value()) {
                try (InputStream mapping = mapping()) {
                    elasticsearch.indices().create(create -> create.index(INDEX).withJson(mapping)
                            .aliases(ActivityIndexer.INDEX_ALIAS, alias -> alias));
                }
            } else {
                try (InputStream mappings = mappingsOnly()) {
                    elasticsearch.indices().putMapping(put -> put.index(INDEX).withJson(mappings));
                }
            }
            exists = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the index " + INDEX, e);
        }
    }

    void recreate() {
        try {
            if (elasticsearch.indices().exists(e -> e.index(INDEX)).value()) {
                elasticsearch.indices().delete(d -> d.index(INDEX));
            }
            exists = false;
            ensureExists();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recreate the index " + INDEX, e);
        }
    }

    private static InputStream mappingsOnly() throws IOException {
        try (InputStream mapping = mapping()) {
            return new ByteArrayInputStream(JSON.writeValueAsBytes(JSON.readTree(mapping).get("mappings")));
        }
    }

    private static InputStream mapping() {
        InputStream mapping = ActivityIndex.class.getResourceAsStream("/elasticsearch/" + INDEX + ".json");
        if (mapping == null) {
            throw new IllegalStateException("mapping elasticsearch/" + INDEX + ".json is missing");
        }
        return mapping;
    }
}
