package uz.daftar.command;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "uz.daftar.command", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"..command.learner..", "..command.practice..", "..command.progress..",
            "..command.coins..", "..command.games..", "..command.subscription.."};

    /** {@code Instant.now()}, {@code LocalDate.now(zone)}, ... (but not {@code now(clock)}) and the system millis. */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK = DescribedPredicate.describe(
            "target reads the system clock", call -> {
                String owner = call.getTargetOwner().getName();
                boolean nowWithoutClock = owner.startsWith("java.time.") && call.getName().equals("now")
                        && call.getTarget().getRawParameterTypes().stream()
                               .noneMatch(parameter -> parameter.isEquivalentTo(Clock.class));
                boolean systemMillis = owner.equals(System.class.getName())
                        && call.getName().equals("currentTimeMillis");
                return nowWithoutClock || systemMillis;
            });

    @ArchTest
    static final ArchRule aggregatesDoNotDependOnSpring = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule theCommandSideDoesNotDependOnTheReadSide = noClasses()
            .that().resideInAPackage("uz.daftar.command..")
            .should().dependOnClassesThat().resideInAnyPackage("uz.daftar.projections..", "uz.daftar.query..");

    @ArchTest
    static final ArchRule theDomainDoesNotKnowTheWebLayer = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("..command.web..");

    @ArchTest
    static final ArchRule theDomainTakesTimeFromOutside = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().callMethodWhere(READS_THE_SYSTEM_CLOCK);
}
