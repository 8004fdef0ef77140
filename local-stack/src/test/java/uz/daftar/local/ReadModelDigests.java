package uz.daftar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.jdbc.core.JdbcTemplate;
import uz.daftar.projections.ReadModels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical digests of every read model: each PostgreSQL table as its rows in a total order, each Elasticsearch
 * index as its documents (id, version, source with sorted keys) in id order. Equal digests mean equal read
 * models, down to the byte.
 */
final class ReadModelDigests {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ReadModelDigests() {
    }

    static Map<String, String> of(JdbcTemplate jdbc, String elasticsearchUrl) {
        Map<String, String> digests = new TreeMap<>();
        for (ReadModels model : ReadModels.values()) {
            digests.putAll(tables(jdbc, model));
            for (String index : model.indices()) {
                digests.put("index " + index, index(elasticsearchUrl, index));
            }
        }
        return digests;
    }

    /** The digests of one read model's tables. */
    static Map<String, String> tables(JdbcTemplate jdbc, ReadModels model) {
        Map<String, String> digests = new TreeMap<>();
        for (String table : model.tables()) {
            digests.put("table " + table, jdbc.queryForObject(
                    "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') "
                            + "FROM " + table + " t", String.class));
        }
        return digests;
    }

    private static String index(String elasticsearchUrl, String index) {
        Http.post(elasticsearchUrl + "/" + index + "/_refresh", null, "", Map.of());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long documents = 0;
            StringBuilder lines = new StringBuilder();
            String after = null;
            while (true) {
                String page = """
                        {"size":1000,"version":true,"sort":[{"eventId":"asc"}]%s}"""
                        .formatted(after == null ? "" : ",\"search_after\":[" + CANONICAL.writeValueAsString(after) + "]");
                JsonNode hits = CANONICAL.readTree(Http.post(elasticsearchUrl + "/" + index + "/_search", null, page,
                        Map.of()).body()).path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                for (Iterator<JsonNode> it = hits.elements(); it.hasNext(); ) {
                    JsonNode hit = it.next();
                    Object source = CANONICAL.treeToValue(hit.get("_source"), Object.class);
                    String line = hit.get("_id").asText() + "|" + hit.get("_version").asLong() + "|"
                            + CANONICAL.writeValueAsString(source) + "\n";
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                    lines.append(line);
                    after = hit.get("_id").asText();
                    documents++;
                }
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            java.nio.file.Path dump = java.nio.file.Path.of("target", "digests", index + "-" + digest + ".txt");
            java.nio.file.Files.createDirectories(dump.getParent());
            java.nio.file.Files.writeString(dump, lines);
            return documents + ":" + digest;
        } catch (Exception e) {
            throw new IllegalStateException("cannot digest index " + index, e);
        }
    }
}
