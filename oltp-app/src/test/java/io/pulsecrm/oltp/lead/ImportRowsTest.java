package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** Rows of an imported sheet become drafts; each bad cell is named by its spreadsheet row. */
class ImportRowsTest {

    @Test
    void rowsAreNumberedAsTheSheetShowsThemAndBlankRowsAreSkipped() {
        List<FieldProblem> problems = new ArrayList<>();

        var parsed = ImportRows.parse(List.of(List.of("姓名", "来源", "状态"), List.of("张三", "展会", "NEW"),
                List.of("", "", ""), List.of("李四")), problems);

        assertThat(problems).isEmpty();
        assertThat(parsed).extracting(ImportRows.Parsed::row).containsExactly(2, 4);
        assertThat(parsed.getFirst().draft().source()).isEqualTo(SourceChannel.EXHIBITION);
        assertThat(parsed.get(1).draft().source()).isEqualTo(SourceChannel.OTHER);
    }

    @Test
    void everyBadCellIsNamedByRowAndField() {
        List<FieldProblem> problems = new ArrayList<>();

        ImportRows.parse(List.of(List.of("name", "phone", "source", "campaignId"), List.of("", "x", "TV", "one")), problems);

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("row 2.name", "row 2.phone", "row 2.source", "row 2.campaignId");
    }

    @Test
    void aHeaderWithoutNamesOrWithUnknownOrRepeatedColumnsIsRefusedAtOnce() {
        assertThatThrownBy(() -> ImportRows.parse(List.of(List.of("公司", "电活", "公司")), new ArrayList<>()))
                .isInstanceOf(InvalidLead.class)
                .satisfies(e -> assertThat(((InvalidLead) e).problems()).extracting(FieldProblem::message)
                        .anyMatch(m -> m.contains("电活")).anyMatch(m -> m.contains("twice"))
                        .anyMatch(m -> m.contains("姓名/name")));
    }
}
