package org.doorstep;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.doorstep.base.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may call each service method, found by calling it: every public method of every bean whose class carries
 * {@code @PreAuthorize} (on the class or a method) is invoked as a visitor and as a fresh account of each role,
 * with null, zero or false arguments. Refused by method security counts as "-"; anything else (a result, or an
 * exception from the method's own work on such arguments) as "x". A method missing from the table, or open to
 * other roles than it says, fails the build.
 */
@SpringBootTest
@ActiveProfiles("test")
class ServiceAccessMatrixIT {

    /** Columns: anonymous, trainee, trainer, manager, admin. */
    private static final String EXPECTED = """
            AccountRegistry.create(NewAccount)                               - - - - x
            AccountRegistry.delete(long)                                     - - - - x
            AccountRegistry.passwordProblem(String,String,String)            - - - - x
            AccountRegistry.setActive(long,boolean)                          - - - - x
            AccountRegistry.setEmail(long,String)                            - - - - x
            AccountRegistry.setPassword(long,String)                         - - - - x
            AccountRegistry.setRoles(long,Set)                               - - - - x
            AccountRegistry.setTeams(long,Set,Set)                           - - - - x
            AccountService.passwordProblem(String,String,String)             x x x x x
            AccountService.registerTrainee(TraineeSignUp)                    x x x x x
            AccountService.registerTrainee(TraineeSignUp,String)             x x x x x
            AccountSettings.changeEmail(String,String,String)                - x x x x
            AccountSettings.changePassword(String,String,String)             - x x x x
            AccountSettings.languages()                                      - x x x x
            AccountSettings.mine()                                           - x x x x
            AccountSettings.mustChangePassword()                             - x x x x
            AccountSettings.setLanguage(Locale)                              - x x x x
            AccountSettings.setRemindersEnabled(boolean)                     - x x x x
            AuditLog.actions()                                               - - - - x
            AuditLog.count(AuditFilter)                                      - - - - x
            AuditLog.entries(AuditFilter,int,int)                            - - - - x
            BulkDecisionService.decide(BulkSelection,Decision,boolean)       - x - - -
            BulkDecisionService.preview(BulkSelection,Decision)              - x - - -
            BulkDecisionService.undoLast()                                   - x - - -
            BulkDecisionService.undoable()                                   - x - - -
            CohortDirectory.cohortsIRun()                                    - - x - -
            CohortDirectory.createCohort(String)                             - - x - -
            CohortDirectory.membersOfMyCohort(long)                          - - x - -
            CohortDirectory.newJoinCode(long)                                - - x - -
            CourseAuthoringService.askForReview(String,String,String)        - - x - x
            CourseAuthoringService.check(String,String)                      - - x - x
            CourseAuthoringService.diff(String,String,int,String)            - - x - x
            CourseAuthoringService.discardDraft(String,String)               - - x - x
            CourseAuthoringService.history(String,String,int,int)            - - x - x
            CourseAuthoringService.historyCount(String,String)               - - x - x
            CourseAuthoringService.lessonText(Lesson)                        - - x - x
            CourseAuthoringService.lessons(String)                           - - x - x
            CourseAuthoringService.mayPublish()                              - - x - x
            CourseAuthoringService.preview(String,String)                    - - x - x
            CourseAuthoringService.publish(String,String,String)             - - - - x
            CourseAuthoringService.readDraft(String)                         - - x - x
            CourseAuthoringService.restore(String,String,int)                - - x - x
            CourseAuthoringService.reviewRequests(String)                    - - x - x
            CourseAuthoringService.saveDraft(String,String,String)           - - x - x
            CourseAuthoringService.scenarioMaps(String)                      - - x - x
            CourseAuthoringService.source(String,String)                     - - x - x
            CourseCatalogueService.copy(String,String,String)                - - - - x
            CourseCatalogueService.count()                                   - - x - x
            CourseCatalogueService.course(String)                            - - x - x
            CourseCatalogueService.courses(int,int)                          - - x - x
            CourseCatalogueService.create(String,String)                     - - - - x
            CourseCatalogueService.reinstate(String)                         - - - - x
            CourseCatalogueService.retire(String)                            - - - - x
            CourseCatalogueService.suggestSlug(String)                       - - x - x
            CourseOutlineService.addLesson(String,String,String)             - - x - x
            CourseOutlineService.askForReview(String)                        - - x - x
            CourseOutlineService.check(String)                               - - x - x
            CourseOutlineService.describe(String,String,String)              - - x - x
            CourseOutlineService.moveLesson(String,String,int)               - - x - x
            CourseOutlineService.outline(String)                             - - x - x
            CourseOutlineService.publish(String)                             - - - - x
            CourseOutlineService.removeLesson(String,String)                 - - x - x
            CourseTransferService.exportDrafts(String)                       - - x - x
            CourseTransferService.exportPublished(String)                    - - x - x
            CourseTransferService.importAsDrafts(String,Path,String)         - - x - x
            CourseTransferService.importAsNewCourse(Path,String)             - - - - x
            CourseService.answer(String,String,String,String,Set)            - x x - x
            CourseService.check(String,String,String)                        - x x - x
            CourseService.choose(String,String,String,int)                   - x x - x
            CourseService.courses()                                          - x x x x
            CourseService.goTo(String,String,String)                         - x x - x
            CourseService.lesson(String,String)                              - x x x x
            CourseService.lessons(String)                                    - x x x x
            CourseService.map(String)                                        - x x - x
            CourseService.myCourses()                                        - x x - x
            CourseService.open(String,String)                                - x x - x
            CourseService.reflect(String,String,String,String)               - x x - x
            CourseService.restartScenario(String,String,String)              - x x - x
            CourseService.retry(String,String,String)                        - x x - x
            CourseService.viewed(String,String,String)                       - x x - x
            DataRequests.deleteUser(long,String)                             - - - - x
            DataRequests.exportJson(long)                                    - - - - x
            DemoAccounts.actAs(String,Runnable)                              x x x x x
            DemoAccounts.enabled()                                           x x x x x
            DemoAccounts.people()                                            x x x x x
            Directory.createCohort(long,String,Long)                         - - - - x
            Directory.createOrganisation(String)                             - - - - x
            Directory.createTeam(long,String)                                - - - - x
            Directory.joinCohort(long)                                       - x - - -
            Directory.mayJoin(long)                                          - x - - -
            Directory.newJoinCode(long)                                      - - - - x
            Directory.renameOrganisation(long,String)                        - - - - x
            Directory.renameTeam(long,String)                                - - - - x
            Directory.setCourse(long,String)                                 - - - - x
            Directory.setOpenToAll(long,boolean)                             - - - - x
            Directory.setTrainer(long,long)                                  - - - - x
            DirectoryAdministration.assignTrainer(long,long)                 - - - - x
            DirectoryAdministration.cohorts(int,int)                         - - - - x
            DirectoryAdministration.countCohorts()                           - - - - x
            DirectoryAdministration.countTrainers(String)                    - - - - x
            DirectoryAdministration.courseTitles()                           - - - - x
            DirectoryAdministration.courses()                                - - - - x
            DirectoryAdministration.createCohort(long,String,Long)           - - - - x
            DirectoryAdministration.createOrganisation(String)               - - - - x
            DirectoryAdministration.createTeam(long,String)                  - - - - x
            DirectoryAdministration.newJoinCode(long)                        - - - - x
            DirectoryAdministration.organisations()                          - - - - x
            DirectoryAdministration.renameOrganisation(long,String)          - - - - x
            DirectoryAdministration.renameTeam(long,String)                  - - - - x
            DirectoryAdministration.setCourse(long,String)                   - - - - x
            DirectoryAdministration.setOpenToAll(long,boolean)               - - - - x
            DirectoryAdministration.teams(Long)                              - - - - x
            DirectoryAdministration.trainers(String,int,int)                 - - - - x
            EmailVerification.requestVerification(long,String)               - - - - x
            EmailVerification.verify(String)                                 x x x x x
            ExerciseService.biggestWeek()                                    - x - - -
            ExerciseService.count(ConnectionFilter)                          - x - - -
            ExerciseService.counts()                                         - x - - -
            ExerciseService.decide(long,Decision)                            - x - - -
            ExerciseService.deleteAllMyNetworkData()                         - x - - -
            ExerciseService.glance(ZoneId)                                   - x - - -
            ExerciseService.importFile(Path,String)                          - x - - -
            ExerciseService.importFile(Path,String,boolean)                  - x - - -
            ExerciseService.importSample()                                   - x - - -
            ExerciseService.myDataCsv()                                      - x - - -
            ExerciseService.myDataJson()                                     - x - - -
            ExerciseService.neighbour(ConnectionFilter,long,boolean)         - x - - -
            ExerciseService.page(ConnectionFilter,int,int)                   - x - - -
            ExerciseService.plan(Decision,int,int)                           - x - - -
            ExerciseService.planCsv(Decision,Function)                       - x - - -
            ExerciseService.planSize(Decision)                               - x - - -
            ExerciseService.position(ConnectionFilter,long)                  - x - - -
            ExerciseService.preview(Path,String)                             - x - - -
            ExerciseService.setCriterion(long,Criterion,boolean)             - x - - -
            ExerciseService.setNote(long,String)                             - x - - -
            ExerciseService.setReachOutDue(long,LocalDate)                   - x - - -
            ExerciseService.setRemovedOnLinkedIn(long,boolean)               - x - - -
            ExerciseService.summariesOfMyCohort(long)                        - - x - -
            ExerciseService.summary()                                        - x - - -
            ExerciseService.years()                                          - x - - -
            ForgotPassword.request(String,String)                            x x x x x
            JoinCodeThrottle.claim(String,Long)                              x x x x x
            JoinCodeThrottle.giveBack(String,Long)                           x x x x x
            LearningRecordService.cohorts()                                  - - - x x
            LearningRecordService.count(RecordScope)                         - - - x x
            LearningRecordService.courses()                                  - - - x x
            LearningRecordService.statements(RecordScope)                    - - - x x
            LearningRecordService.teams()                                    - - - x x
            LearningRecordService.writeStatements(RecordScope,OutputStream)  - - - x x
            LoginThrottle.begin(String,String)                               x x x x x
            LoginThrottle.failed(Attempt)                                    x x x x x
            LoginThrottle.passwordAccepted(Attempt,Long,boolean)             x x x x x
            MailRecipients.verified(long)                                    x x x x x
            OutboxLog.count()                                                - - - - x
            OutboxLog.deliveryConfigured()                                   - - - - x
            OutboxLog.entries(int,int)                                       - - - - x
            OutboxLog.mail(long)                                             - - - - x
            PasswordLinks.holder(String)                                     x x x x x
            PasswordLinks.issue(long,Purpose)                                - - - - x
            PasswordLinks.issueMailed(long,Purpose,String)                   - - - - x
            PasswordLinks.redeem(String,String)                              x x x x x
            PersonalTime.chooseZone(String)                                  - x x x x
            PersonalTime.formats()                                           - x x x x
            PersonalTime.organisationZone()                                  - x x x x
            PersonalTime.ownZone()                                           - x x x x
            PersonalTime.zone()                                              - x x x x
            PersonalTime.zoneChoices()                                       - x x x x
            PreferenceService.colorScheme()                                  - x x x x
            PreferenceService.setColorScheme(ColorScheme)                    - x x x x
            ReportsService.count(ReportFilter)                               - - - x -
            ReportsService.courseOf(ReportFilter)                            - - - x -
            ReportsService.csv(ReportFilter)                                 - - - x -
            ReportsService.csv(ReportFilter,List)                            - - - x -
            ReportsService.figures(ReportFilter)                             - - - x -
            ReportsService.myCohorts()                                       - - - x -
            ReportsService.myCourses()                                       - - - x -
            ReportsService.myTeams()                                         - - - x -
            ReportsService.pdf(ReportFilter)                                 - - - x -
            ReportsService.pdf(ReportFilter,List)                            - - - x -
            ReportsService.people(ReportFilter,List,long,int)                - - - x -
            ReportsService.report(ReportFilter)                              - - - x -
            ReportsService.report(ReportFilter,List)                         - - - x -
            ResultsService.delete(long)                                      - x - - -
            ResultsService.followUps()                                       - x - - -
            ResultsService.mySnapshots()                                     - x - - -
            ResultsService.page()                                            - x - - -
            ResultsService.save(Snapshot)                                    - x - - -
            ResultsService.setPruningFinishedOn(LocalDate)                   - x - - -
            RoomService.choose(String,int,Set)                               - x - - -
            RoomService.follow(String,Consumer)                              - x - - -
            RoomService.join(String)                                         - x - - -
            RoomService.moveTo(String,int)                                   - x - - -
            RoomService.openSessions()                                       - x - - -
            RoomService.seat(String)                                         - x - - -
            RoomService.write(String,int,String)                             - x - - -
            TeamDirectory.cohortsOfMyTeams()                                 - - - x -
            TeamDirectory.scope(Long,Long)                                   - - - x -
            TeamDirectory.teamsIManage()                                     - - - x -
            TrackerService.csv(long,Metric,String)                           - - x - -
            TrackerService.myCohorts()                                       - - x - -
            TrackerService.tracker(long,Metric)                              - - x - -
            UserAdministration.countUsers(UserFilter)                        - - - - x
            UserAdministration.create(NewUser)                               - - - - x
            UserAdministration.deactivate(long)                              - - - - x
            UserAdministration.issueResetLink(long)                          - - - - x
            UserAdministration.linksGoByMail()                               - - - - x
            UserAdministration.passwordProblem(String,String,String)         - - - - x
            UserAdministration.reactivate(long)                              - - - - x
            UserAdministration.setEmail(long,String)                         - - - - x
            UserAdministration.setPassword(long,String)                      - - - - x
            UserAdministration.setRoles(long,Set)                            - - - - x
            UserAdministration.setTeams(long,Set,Set)                        - - - - x
            UserAdministration.user(long)                                    - - - - x
            UserAdministration.users(UserFilter,int,int)                     - - - - x
            WorkshopService.cancel(String)                                   - - x - -
            WorkshopService.countMySessions()                                - - x - -
            WorkshopService.defaultTimeZone()                                - - x - -
            WorkshopService.end(String)                                      - - x - -
            WorkshopService.goTo(String,int)                                 - - x - -
            WorkshopService.hideAnswer(String,long,boolean)                  - - x - -
            WorkshopService.lessons(long)                                    - - x - -
            WorkshopService.move(String,LocalDateTime,String)                - - x - -
            WorkshopService.mySessions(int,int)                              - - x - -
            WorkshopService.present(String)                                  - - x - -
            WorkshopService.presentation(String)                             - - x - -
            WorkshopService.reveal(String,int,boolean)                       - - x - -
            WorkshopService.schedule(long,String,Instant)                    - - x - -
            WorkshopService.schedule(long,String,LocalDateTime,String,int)   - - x - -
            WorkshopService.setSelfPaced(String,boolean)                     - - x - -
            WorkshopService.summary(String)                                  - - x - -
            WorkshopService.timeZones()                                      - - x - -
            WorkshopService.watch(String,Consumer)                           - - x - -
            """;

    private static final List<String> ROLES = List.of(Roles.TRAINEE, Roles.TRAINER, Roles.MANAGER, Roles.ADMIN);

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestSignIn.out(context);
    }

    @Test
    void every_guarded_service_method_admits_exactly_the_roles_the_table_gives_it() {
        Map<String, Authentication> callers = new LinkedHashMap<>();
        callers.put("anonymous", new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (String role : ROLES) {
            callers.put(role, TestSignIn.as(context, TestData.in(context).account("matrix-" + role.toLowerCase(), "Matrix " + role,
                    role).username()));
        }
        Map<String, String> actual = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.doorstep") || !guarded(type)) {
                continue;
            }
            for (Method method : publicMethods(type)) {
                List<String> cells = new ArrayList<>();
                for (Authentication caller : callers.values()) {
                    cells.add(admitted(bean, method, caller) ? "x" : "-");
                }
                actual.put(key(type, method), String.join(" ", cells));
            }
        }
        Map<String, String> expected = Arrays.stream(EXPECTED.strip().split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.toMap(line -> line.substring(0, line.lastIndexOf(')') + 1),
                        line -> line.substring(line.lastIndexOf(')') + 1).strip(), (a, b) -> a, TreeMap::new));

        String table = actual.entrySet().stream().map(e -> String.format("%-90s %s", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(actual).as("service methods and who may call them, as found by calling them:\n" + table)
                .isEqualTo(expected);
        assertThat(actual).hasSizeGreaterThan(100);
    }

    private static boolean guarded(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class) || Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class));
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge())
                .sorted(Comparator.comparing(ServiceAccessMatrixIT::signature)).toList();
    }

    private static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + signature(method);
    }

    private static String signature(Method method) {
        return method.getName() + "(" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",")) + ")";
    }

    private boolean admitted(Object bean, Method method, Authentication caller) {
        SecurityContextHolder.getContext().setAuthentication(caller);
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(strategy -> strategy.getContext().setAuthentication(caller));
        try {
            method.invoke(bean, defaults(method));
            return true;
        } catch (InvocationTargetException thrown) {
            return !(thrown.getCause() instanceof AuthorizationDeniedException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] defaults(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(type -> {
            if (!type.isPrimitive()) {
                return null;
            }
            if (type == boolean.class) {
                return false;
            }
            if (type == char.class) {
                return '\0';
            }
            if (type == long.class) {
                return 0L;
            }
            if (type == double.class) {
                return 0.0;
            }
            if (type == float.class) {
                return 0.0f;
            }
            if (type == short.class) {
                return (short) 0;
            }
            if (type == byte.class) {
                return (byte) 0;
            }
            return 0;
        }).toArray();
    }
}
