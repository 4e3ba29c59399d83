package io.pulsecrm.dashboards.segment;

import static io.pulsecrm.dashboards.access.TestViewers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulsecrm.dashboards.WebTestConfig;
import io.pulsecrm.dashboards.access.FakeViewerAccess;
import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.SegmentCustomer;
import io.pulsecrm.warehouse.query.ViewerGrants;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** A segment's members as a file: the columns the mirror holds, both languages, the formula guard, and the refusals. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(WebTestConfig.class)
class MemberExportTest {

    private static final long MARKETER = 45;
    private static final String CSV = "/api/v1/segments/" + FakeSegmentWarehouse.SEGMENT + "/members.csv";
    private static final String XLSX = "/api/v1/segments/" + FakeSegmentWarehouse.SEGMENT + "/members.xlsx";

    @Autowired MockMvc mvc;
    @Autowired FakeSegmentWarehouse warehouse;
    @Autowired FakeViewerAccess access;

    @BeforeEach
    void members() {
        access.scopeOf(MARKETER, new ViewerScope(MARKETER,
                new VisibleScope(false, Set.of(FakeSegmentWarehouse.OWNER), Set.of())));
        warehouse.sample.add(new SegmentCustomer(7, "甲 科技", FakeSegmentWarehouse.OWNER, "肖婷", "KEY", "制造",
                "上海", "WEBSITE", "NONE", "PROSPECT", Instant.parse("2025-11-24T02:05:00Z")));
        warehouse.sample.add(new SegmentCustomer(8, "=HYPERLINK(\"http://x\")", FakeSegmentWarehouse.OWNER, null,
                "NORMAL", null, null, null, "NONE", "CUSTOMER", Instant.parse("2025-11-23T16:30:00Z")));
    }

    @AfterEach
    void reset() {
        warehouse.reset();
        access.scopeOf(MARKETER, ViewerScope.EVERYTHING);
    }

    private static Viewer marketer(String... permissions) {
        return new Viewer(MARKETER, UUID.randomUUID(), "肖婷", Instant.now().plusSeconds(3600),
                new ViewerGrants(List.of(ScopeGrant.of(DataScope.SELF)), Set.of(permissions), false));
    }

    @Test
    void csvListsTheMembersWithChineseHeadersAndLabelsAndDefusesFormulas() throws Exception {
        byte[] file = mvc.perform(get(CSV).with(as(marketer("segment:view", "customer:export"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("segment-501-members-")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.substring(1).split("\r\n")).containsExactly(
                "客户ID,客户,负责人,客户级别,行业,地区,客户来源,生命周期阶段,入群时间",
                "7,甲 科技,肖婷,重点客户,制造,上海,官网,潜在客户,2025-11-24 10:05",
                "8,\"'=HYPERLINK(\"\"http://x\"\")\",,普通客户,,,,成交客户,2025-11-24 00:30");
    }

    @Test
    void xlsxInEnglishWithLangEn() throws Exception {
        byte[] file = mvc.perform(get(XLSX).param("lang", "en").with(as(marketer("segment:view", "customer:export"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("Segment members");
            assertThat(cells(sheet.getRow(0))).containsExactly("Customer ID", "Customer", "Owner", "Customer level",
                    "Industry", "Region", "Source", "Lifecycle stage", "Member since");
            assertThat(cells(sheet.getRow(1))).containsExactly("7", "甲 科技", "肖婷", "Key", "制造", "上海", "Website",
                    "Prospect", "2025-11-24 10:05");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void withoutCustomerExportItIs403NamingThePermissionAndNoFile() throws Exception {
        mvc.perform(get(CSV).param("lang", "en").with(as(marketer("segment:view"))))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(jsonPath("$.permission").value("customer:export"))
                .andExpect(jsonPath("$.detail").value("Your roles do not grant customer:export."));
    }

    @Test
    void anUnknownFormatIs400AndASegmentOutOfScope404() throws Exception {
        Viewer exporter = marketer("segment:view", "customer:export");
        mvc.perform(get("/api/v1/segments/501/members.pdf").with(as(exporter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        access.scopeOf(MARKETER, new ViewerScope(MARKETER, new VisibleScope(false, Set.of(MARKETER), Set.of())));
        mvc.perform(get(CSV).with(as(exporter)))
                .andExpect(status().isNotFound())
                .andExpect(header().doesNotExist("Content-Disposition"));
    }

    private static List<String> cells(Row row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}
