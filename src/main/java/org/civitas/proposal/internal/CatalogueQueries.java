package org.civitas.proposal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.civitas.proposal.CatalogueQuery;
import org.civitas.proposal.ProposalCard;
import org.civitas.proposal.ProposalStatus;
import org.civitas.proposal.SimilarProposal;
import org.civitas.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue in SQL: filters on indexed columns, words through MariaDB's full-text index over every
 * language's text, and one page at a time, so it stays fast with tens of thousands of proposals.
 */
@Component
public class CatalogueQueries {

    /** InnoDB's full-text index ignores shorter words (innodb_ft_min_token_size). */
    private static final int MIN_WORD = 3;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final JdbcClient jdbc;

    CatalogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProposalCard> page(CatalogueQuery query, int offset, int limit) {
        var where = where(query);
        String sql = """
                select p.id, p.language, p.pool_id, p.category_id, p.total_cost, p.status,
                       p.e_supports + p.paper_supports as supporters,
                       coalesce(t.title, p.title) as title, coalesce(t.summary, p.summary) as summary,
                       t.language as translated_to,
                       (select min(a.id) from proposal_attachment a
                         where a.proposal_id = p.id and a.thumbnail is not null) as thumbnail_id
                  from proposal p
                  left join proposal_translation t on t.proposal_id = p.id and t.language = :reader
                """ + where.sql + " order by " + order(query.order()) + " limit :limit offset :offset";
        var statement = jdbc.sql(sql).param("reader", query.reader() == null ? null : query.reader().code()).param("limit", limit)
                .param("offset", offset);
        where.bind(statement);
        return statement.query((rs, row) -> {
            Language original = Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT);
            Language shown = Language.fromCode(rs.getString("translated_to")).orElse(original);
            Long thumbnail = rs.getObject("thumbnail_id", Long.class);
            return new ProposalCard(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), shown, original,
                    rs.getLong("pool_id"), rs.getLong("category_id"), rs.getBigDecimal("total_cost"),
                    ProposalStatus.valueOf(rs.getString("status")), rs.getInt("supporters"),
                    thumbnail);
        }).list();
    }

    /** Submitted proposals of the edition whose text is most like {@code text}, best first (natural-language full-text). */
    public List<SimilarProposal> similar(long editionId, long excludedId, String text, int limit) {
        String words = String.join(" ", NOT_A_WORD.split(text == null ? "" : text.toLowerCase(Locale.ROOT)));
        if (words.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.title, p.status from proposal p
                 where p.edition_id = :edition and p.id <> :excluded and p.status <> 'DRAFT' and p.hidden_reason is null
                   and match(p.search_text) against (:words)
                 order by match(p.search_text) against (:words) desc limit :limit
                """).param("edition", editionId).param("excluded", excludedId).param("words", words)
                .param("limit", limit)
                .query((rs, row) -> new SimilarProposal(rs.getLong("id"), rs.getString("title"),
                        ProposalStatus.valueOf(rs.getString("status")))).list();
    }

    public int count(CatalogueQuery query) {
        var where = where(query);
        var statement = jdbc.sql("select count(*) from proposal p " + where.sql);
        where.bind(statement);
        return statement.query(Integer.class).single();
    }

    private record Where(String sql, List<Object[]> params) {
        void bind(JdbcClient.StatementSpec statement) {
            params.forEach(p -> statement.param((String) p[0], p[1]));
        }
    }

    private static Where where(CatalogueQuery q) {
        var sql = new StringBuilder(" where p.edition_id = :edition and p.hidden_reason is null");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"edition", q.editionId()});
        if (q.status() != null) {
            sql.append(" and p.status = :status");
            params.add(new Object[] {"status", q.status().name()});
        } else {
            sql.append(" and p.status <> 'DRAFT'");
        }
        if (q.poolId() != null) {
            sql.append(" and p.pool_id = :pool");
            params.add(new Object[] {"pool", q.poolId()});
        }
        if (q.categoryId() != null) {
            sql.append(" and p.category_id = :category");
            params.add(new Object[] {"category", q.categoryId()});
        }
        if (q.language() != null) {
            sql.append(" and p.language = :language");
            params.add(new Object[] {"language", q.language().code()});
        }
        String words = booleanWords(q.text());
        if (!words.isEmpty()) {
            sql.append(" and match(p.search_text) against (:words in boolean mode)");
            params.add(new Object[] {"words", words});
        } else if (q.text() != null && !q.text().isBlank()) {
            // only short words: too short for the index, so a plain (slower, rarer) substring search
            sql.append(" and p.search_text like :like");
            params.add(new Object[] {"like", "%" + q.text().strip().replace("%", "").replace("_", "") + "%"});
        }
        return new Where(sql.toString(), params);
    }

    /** Every word of three letters or more must appear, as a word or a word's beginning: "park rower" → "+park* +rower*". */
    static String booleanWords(String text) {
        if (text == null) {
            return "";
        }
        var result = new StringBuilder();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= MIN_WORD) {
                result.append(result.isEmpty() ? "" : " ").append('+').append(word).append('*');
            }
        }
        return result.toString();
    }

    private static String order(CatalogueQuery.Order order) {
        return switch (order) {
            case NEWEST -> "p.submitted_at desc, p.id desc";
            case MOST_SUPPORTED -> "supporters desc, p.id desc";
            case LEAST_SUPPORTED -> "supporters asc, p.id desc";
            case CHEAPEST -> "p.total_cost asc, p.id desc";
            case COSTLIEST -> "p.total_cost desc, p.id desc";
        };
    }
}
