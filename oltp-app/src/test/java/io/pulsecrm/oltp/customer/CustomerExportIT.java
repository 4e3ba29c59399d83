package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Exporting customers as CSV or xlsx: the list's scope and filters, never more. */
class CustomerExportIT extends SalesFloor {

    private static final List<String> HEADER = List.of("ID", "客户名称", "级别", "行业", "地区", "地址", "电话", "邮箱",
            "网址", "来源", "成交状态", "锁定", "负责人", "最近跟进", "下次联系", "创建时间");

    private long customer(String json) {
        MvcTestResult created = post("/api/v1/customers", json);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    /** A customer of the caller, released into the public pool. */
    private long pooled(String name) {
        long id = newCustomer(name);
        assertThat(post("/api/v1/customers/%d/release".formatted(id), "{\"version\": %d}".formatted(version("customer", id))))
                .hasStatus(HttpStatus.NO_CONTENT);
        return id;
    }

    private static List<String> csvLines(MvcTestResult export) {
        assertThat(export).hasStatusOk();
        String csv = new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").endsWith("\r\n");
        return List.of(csv.substring(1).split("\r\n"));
    }

    private static List<List<String>> sheet(MvcTestResult export) throws IOException {
        assertThat(export).hasStatusOk().hasHeader(HttpHeaders.CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void aSelfRepsCsvHoldsExactlyTheirCustomersNotAColleaguesNorPooledOnes() {
        String tag = unique("导出客户");
        as(repB);
        newCustomer(tag + " 同事");
        as(outsider);
        newCustomer(tag + " 外人");
        as(repA);
        pooled(tag + " 公海");
        long first = customer("""
                {"name": "%s 甲", "level": "KEY", "industry": "制造业", "region": "上海", "address": "浦东, 张江",
                 "phone": "+86 138-0000-0000", "email": "a@example.com", "website": "=HYPERLINK(1)", "source": "EXHIBITION"}"""
                .formatted(tag));
        long second = newCustomer(tag + " 乙");

        MvcTestResult export = get("/api/v1/customers/export?format=csv&q=" + tag);

        assertThat(export).hasStatusOk().hasHeader(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8");
        assertThat(export.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .matches("attachment; filename=\"customers-\\d{8}-\\d{4}\\.csv\"; "
                        + "filename\\*=UTF-8''customers-\\d{8}-\\d{4}\\.csv");
        List<String> lines = csvLines(export);
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo(String.join(",", HEADER));
        assertThat(lines.get(1)).startsWith(second + "," + tag + " 乙,普通客户,制造业,上海,");
        assertThat(lines.get(2)).startsWith(first + "," + tag + " 甲,重点客户,制造业,上海,\"浦东, 张江\","
                + "+86 138-0000-0000,a@example.com,'=HYPERLINK(1),展会,未成交,否,");
        assertThat(String.join("\n", lines)).doesNotContain("同事", "外人", "公海");
    }

    @Test
    void aManagerExportsTheirDepartmentsCustomers() {
        String tag = unique("经理导出");
        customerOwnedBy(repA, tag + " 甲");
        customerOwnedBy(repB, tag + " 乙");
        customerOwnedBy(outsider, tag + " 外人");
        as(manager);

        assertThat(csvLines(get("/api/v1/customers/export?q=" + tag))).hasSize(3);
    }

    @Test
    void anXlsxOfSelectedIdsSilentlyLeavesOutIdsOutOfScope() throws IOException {
        String tag = unique("表格客户");
        long colleagues = customerOwnedBy(repB, tag + " 同事");
        long outsiders = customerOwnedBy(outsider, tag + " 外人");
        as(repA);
        long inPool = pooled(tag + " 公海");
        long mine = newCustomer(tag + " 甲");
        newCustomer(tag + " 未选");

        List<List<String>> rows = sheet(get("/api/v1/customers/export?format=xlsx&ids=%d,%d,%d,%d"
                .formatted(mine, colleagues, outsiders, inPool)));

        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).isEqualTo(HEADER);
        assertThat(rows.get(1).subList(0, 5)).containsExactly(Long.toString(mine), tag + " 甲", "普通客户", "制造业", "上海");
    }

    @Test
    void theListsFiltersApply() throws IOException {
        String tag = unique("筛选客户");
        as(repA);
        long key = customer("{\"name\": \"%s 重点\", \"level\": \"KEY\", \"region\": \"北京\", \"source\": \"REFERRAL\"}"
                .formatted(tag));
        customer("{\"name\": \"%s 普通\", \"level\": \"NORMAL\", \"region\": \"北京\", \"source\": \"REFERRAL\"}".formatted(tag));
        customer("{\"name\": \"%s 南方\", \"level\": \"KEY\", \"region\": \"广州\", \"source\": \"REFERRAL\"}".formatted(tag));
        asAdmin(); // reps may not lock
        assertThat(post("/api/v1/customers/%d/lock".formatted(key), "{\"version\": %d}".formatted(version("customer", key))))
                .hasStatusOk();
        as(repA);

        List<List<String>> rows = sheet(get("/api/v1/customers/export?format=xlsx&level=KEY&region=北京&source=REFERRAL"
                + "&dealStatus=NONE&locked=true&ownerId=%d&q=%s".formatted(repA, tag)));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(Long.toString(key));
        assertThat(rows.get(1).subList(9, 12)).containsExactly("转介绍", "未成交", "是");
    }

    @Test
    void exportsNeedThePermissionAKnownFormatAndAnOwnerInScope() {
        as(agent);
        assertThat(get("/api/v1/customers/export")).hasStatus(HttpStatus.FORBIDDEN);
        as(repA);
        assertThat(get("/api/v1/customers/export?format=pdf")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
        assertThat(get("/api/v1/customers/export?level=HUGE")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("level");
        assertThat(get("/api/v1/customers/export?ownerId=" + outsider)).hasStatus(HttpStatus.FORBIDDEN);
    }
}
