package org.doorstep.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.doorstep.base.BundleText;
import org.doorstep.base.SafeCsv;
import org.doorstep.base.AuditTrail;
import org.doorstep.base.SignedInUser;
import org.doorstep.exercise.internal.BulkDecisionStore;
import org.doorstep.exercise.internal.ConnectionImports;
import org.doorstep.security.CohortDirectory;
import org.doorstep.exercise.internal.ConnectionStore;
import org.doorstep.exercise.internal.ExportReader;
import org.doorstep.exercise.internal.ImportPlan;
import org.doorstep.exercise.internal.NetworkHistory;
import org.doorstep.security.PersonalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * The network-pruning exercise of the signed-in trainee. Nothing here takes a user id: every call
 * works on the caller's own connections, which nobody else can reach.
 */
@Service
@PreAuthorize("hasRole('TRAINEE')")
public class ExerciseService {

    private static final Logger log = LoggerFactory.getLogger(ExerciseService.class);

    static final int REACH_OUT_DAYS = 14;
    private static final String SAMPLE = "exercise/sample-network.csv";
    private static final String SAMPLE_MESSAGES = "exercise/sample-messages.csv";
    private static final String SAMPLE_INVITATIONS = "exercise/sample-invitations.csv";

    private final ConnectionStore store;
    private final ConnectionImports imports;
    private final NetworkHistory history;
    private final Clock clock;
    private final CohortDirectory cohorts;
    private final AuditTrail audit;
    private final BulkDecisionStore bulk;

    private final PersonalTime time;
    /** The bundle's prefix of the CSV downloads' headings. */
    private static final String CSV = "exercise.csv.";

    ExerciseService(ConnectionStore store, ConnectionImports imports, NetworkHistory history, Clock clock,
            CohortDirectory cohorts, AuditTrail audit, BulkDecisionStore bulk, PersonalTime time) {
        this.time = time;
        this.store = store;
        this.history = history;
        this.bulk = bulk;
        this.audit = audit;
        this.imports = imports;
        this.clock = clock;
        this.cohorts = cohorts;
    }

    /** What importing this file would do; nothing is stored (the transaction is rolled back). */
    @Transactional
    public ImportCounts preview(Path file, String fileName) {
        ImportCounts counts = refusalLogged(() -> {
            var export = read(file, fileName);
            return ImportPlan.run(export, fileName, imports, SignedInUser.currentId(), null, export.format())
                    .readAs(export.resavedEncoding());
        });
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return counts;
    }

    /** Stores the file completely or not at all, without e-mail addresses; decisions made so far are kept. */
    @Transactional
    public ImportCounts importFile(Path file, String fileName) {
        return importFile(file, fileName, false);
    }

    /**
     * As {@link #importFile(Path, String)}; with keepEmailAddresses the connections' addresses are stored too (the
     * trainee opted in), otherwise none is and addresses kept by an earlier import are erased (data minimisation).
     */
    @Transactional
    public ImportCounts importFile(Path file, String fileName, boolean keepEmailAddresses) {
        return refusalLogged(() -> {
            var export = read(file, fileName);
            return ImportPlan.run(export, fileName, imports, SignedInUser.currentId(), clock.instant(), export.format(),
                    keepEmailAddresses);
        });
    }

    /**
     * 132 invented people, for a trainee without an export or a workshop demo: 72 of them in one week of March 2019
     * (the article's burst), with some messages and invitations as evidence.
     */
    @Transactional
    public ImportCounts importSample() {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream();
                InputStream messages = new ClassPathResource(SAMPLE_MESSAGES).getInputStream();
                InputStream invitations = new ClassPathResource(SAMPLE_INVITATIONS).getInputStream()) {
            return ImportPlan.run(ExportReader.tokenize(in, messages, invitations, "sample-network.csv"), "sample network",
                    imports, SignedInUser.currentId(), clock.instant(), "SAMPLE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExportReader.TokenizedExport read(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            return ExportReader.tokenize(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reading and storing: the rows of Connections.csv are read on while the first are stored, so a refusal may
     * come from either step.
     */
    private static <T> T refusalLogged(Supplier<T> step) {
        try {
            return step.get();
        } catch (ImportRefusedException refused) {
            // One line, no stack trace: a refusal is the file's fault, and the trainee is told why.
            log.info("Import refused ({}): {}", refused.reason(), refused.getMessage());
            throw refused;
        }
    }

    @Transactional(readOnly = true)
    public List<ConnectionRow> page(ConnectionFilter filter, int offset, int limit) {
        return store.page(SignedInUser.currentId(), filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ConnectionFilter filter) {
        return store.count(SignedInUser.currentId(), filter);
    }

    /** The next (or previous) connection in the list's order, for moving through it by keyboard. */
    @Transactional(readOnly = true)
    public Optional<ConnectionRow> neighbour(ConnectionFilter filter, long connectionId, boolean forward) {
        return store.neighbour(SignedInUser.currentId(), filter, connectionId, forward);
    }

    @Transactional(readOnly = true)
    public int position(ConnectionFilter filter, long connectionId) {
        return store.position(SignedInUser.currentId(), filter, connectionId);
    }

    @Transactional(readOnly = true)
    public TriageCounts counts() {
        long user = SignedInUser.currentId();
        var perDecision = store.perDecision(user);
        int total = store.count(user, ConnectionFilter.ALL);
        int reviewed = perDecision.entrySet().stream().filter(e -> e.getKey().reviewed())
                .mapToInt(Map.Entry::getValue).sum();
        return new TriageCounts(total, reviewed, total - reviewed, perDecision);
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return store.years(SignedInUser.currentId());
    }

    @Transactional
    public ConnectionRow setCriterion(long connectionId, Criterion criterion, boolean met) {
        return changed(connectionId, store.setCriterion(SignedInUser.currentId(), connectionId, criterion, met, clock.instant()));
    }

    /** Records the decision; "reach out" gets a due date two weeks ahead unless one is set. */
    @Transactional
    public ConnectionRow decide(long connectionId, Decision decision) {
        LocalDate due = decision == Decision.REACH_OUT ? LocalDate.now(clock).plusDays(REACH_OUT_DAYS) : null;
        return changed(connectionId, store.decide(SignedInUser.currentId(), connectionId, decision, due, clock.instant()));
    }

    @Transactional
    public ConnectionRow setNote(long connectionId, @Nullable String note) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > 1000) {
            kept = kept.substring(0, 1000);
        }
        return changed(connectionId, store.setNote(SignedInUser.currentId(), connectionId, kept, clock.instant()));
    }

    @Transactional
    public ConnectionRow setRemovedOnLinkedIn(long connectionId, boolean removed) {
        return changed(connectionId, store.setRemovedOnLinkedIn(SignedInUser.currentId(), connectionId, removed, clock.instant()));
    }

    @Transactional
    public ConnectionRow setReachOutDue(long connectionId, @Nullable LocalDate due) {
        return changed(connectionId, store.setReachOutDue(SignedInUser.currentId(), connectionId, due, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<ConnectionRow> plan(Decision decision, int offset, int limit) {
        return store.withDecision(SignedInUser.currentId(), decision, offset, limit);
    }

    @Transactional(readOnly = true)
    public int planSize(Decision decision) {
        return store.countWithDecision(SignedInUser.currentId(), decision);
    }

    /** New connections per month, burst weeks, decided and remaining, recent pace; days counted in {@code zone}. */
    @Transactional(readOnly = true)
    public NetworkGlance glance(ZoneId zone) {
        return history.glance(SignedInUser.currentId(), clock.instant(), zone);
    }

    /** The week with the most new connections, for the lesson on the "72 contacts" week; empty without a network. */
    @Transactional(readOnly = true)
    public Optional<NetworkGlance.Week> biggestWeek() {
        return history.biggestWeek(SignedInUser.currentId());
    }

    @Transactional(readOnly = true)
    public ExerciseSummary summary() {
        return store.summary(SignedInUser.currentId());
    }

    /**
     * Counts only, per trainee, for a cohort the signed-in trainer runs (the directory refuses any other).
     * No name of any connection leaves the exercise this way.
     */
    @PreAuthorize("hasRole('TRAINER')")
    @Transactional(readOnly = true)
    public Map<Long, ExerciseSummary> summariesOfMyCohort(long cohortId) {
        List<Long> trainees = cohorts.membersOfMyCohort(cohortId).stream().map(CohortDirectory.CohortMember::userId).toList();
        return store.summaries(trainees);
    }

    /** Deletes every connection and import record of the trainee; returns how many connections went. */
    @Transactional
    public int deleteAllMyNetworkData() {
        long me = SignedInUser.currentId();
        int deleted = store.deleteAll(me);
        bulk.deleteAll(me);
        audit.record(AuditTrail.DATA_DELETED, me, "Deleted their own network data: " + deleted + " connections");
        return deleted;
    }

    /**
     * The plan's list for this decision as spreadsheet-safe CSV; reach-outs end with the suggested first message,
     * written by the caller (the plan view words it in the trainee's language).
     */
    @Transactional(readOnly = true)
    public String planCsv(Decision decision, Function<ConnectionRow, String> firstMessage) {
        boolean reachOut = decision == Decision.REACH_OUT;
        List<List<?>> rows = new ArrayList<>();
        for (ConnectionRow row : store.withDecision(SignedInUser.currentId(), decision, 0, Integer.MAX_VALUE)) {
            List<Object> cells = new ArrayList<>(Arrays.asList(row.name(), row.company(), row.position(), row.profileUrl(),
                    reachOut ? row.reachOutDue() : (row.removedOnLinkedIn() || row.gone() ? "yes" : "no"), row.note()));
            if (reachOut) {
                cells.add(firstMessage.apply(row));
            }
            rows.add(cells);
        }
        Locale locale = time.formats().locale();
        List<String> headings = new ArrayList<>(BundleText.all(locale, CSV, "name", "company", "position", "profile",
                reachOut ? "reach-out-by" : "removed", "note"));
        if (reachOut) {
            headings.add(BundleText.of(locale, CSV + "first-message"));
        }
        return SafeCsv.write(headings, rows);
    }

    /** Everything Doorstep holds of the trainee's network, as CSV. */
    @Transactional(readOnly = true)
    public String myDataCsv() {
        List<List<?>> rows = new ArrayList<>();
        long me = SignedInUser.currentId();
        Map<Long, String> emails = store.emails(me);
        for (ConnectionRow row : store.all(me)) {
            rows.add(Arrays.asList(row.firstName(), row.lastName(), row.profileUrl(), emails.get(row.id()), row.company(),
                    row.position(), row.connectedOn(), row.meets(Criterion.SPOKEN), row.meets(Criterion.UNDERSTANDS),
                    row.meets(Criterion.CAN_HELP_THEM), row.meets(Criterion.THEY_CAN_HELP), row.decision(), row.note(),
                    row.removedOnLinkedIn(), row.reachOutDue(), row.gone()));
        }
        return SafeCsv.write(BundleText.all(time.formats().locale(), CSV, "first-name", "last-name", "profile", "email",
                "company", "position", "connected-on", "spoken", "understands", "can-help-them", "they-can-help", "decision",
                "note", "removed", "reach-out-by", "gone"), rows);
    }

    /** The same as JSON. */
    @Transactional(readOnly = true)
    public String myDataJson() {
        long me = SignedInUser.currentId();
        Map<Long, String> emails = store.emails(me);
        JsonMapper json = JsonMapper.builder().build();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConnectionRow row : store.all(me)) {
            Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(row, new TypeReference<Map<String, Object>>() { }));
            if (emails.containsKey(row.id())) {
                fields.put("email", emails.get(row.id()));
            }
            rows.add(fields);
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(rows);
    }

    private ConnectionRow changed(long connectionId, boolean updated) {
        if (!updated) {
            throw new NoSuchElementException("No connection " + connectionId + " of yours");
        }
        return store.find(SignedInUser.currentId(), connectionId).orElseThrow();
    }


}
