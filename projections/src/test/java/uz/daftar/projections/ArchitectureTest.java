package uz.daftar.projections;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "uz.daftar.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule projectionsDependOnEventsNotOnTheCommandOrQuerySide = noClasses()
            .that().resideInAPackage("uz.daftar.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("uz.daftar.command..", "uz.daftar.query..");

    @ArchTest
    static final ArchRule everyProjectionAndIndexerHasItsOwnProcessingGroup = classes()
            .that().haveSimpleNameEndingWith("Projection").or().haveSimpleNameEndingWith("Indexer")
            .should().beAnnotatedWith(ProcessingGroup.class);
}
