package io.pulsecrm.oltp.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.pulsecrm.oltp.customer.SalesFloor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Exporting leads to CSV and xlsx, and importing them back, all or nothing. */
class LeadFileIT extends SalesFloor {

    private MvcTestResult upload(String filename, byte[] content) {
        return mvc.post().uri("/api/v1/leads/import").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .multipart().file(new MockMultipartFile("file", filename, "application/octet-stream", content)).exchange();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long leadsNamed(String tag) {
        return countWhere("select count(*) from lead where name like ?", tag + "%");
    }

    @Test
    void aCsvExportHasABomChineseHeadersAndOnlyLeadsInScope() {
        String tag = unique("导出");
        as(outsider);
        post("/api/v1/leads", "{\"name\": \"%s 外人\", \"source\": \"EVENT\"}".formatted(tag));
        as(repA);
        post("/api/v1/leads", "{\"name\": \"%s 甲\", \"company\": \"逗号, 公司\", \"phone\": \"+86 138-0000-0000\", \"source\": \"EVENT\"}"
                .formatted(tag));
        post("/api/v1/leads", "{\"name\": \"%s 乙\", \"remark\": \"=HYPERLINK(1)\", \"source\": \"SEARCH\"}".formatted(tag));

        MvcTestResult export = get("/api/v1/leads/export?format=csv&q=" + tag);

        assertThat(export).hasStatusOk().hasHeader(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8");
        byte[] bytes = export.getResponse().getContentAsByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv).contains("ID,姓名,公司").contains(tag + " 甲").contains("\"逗号, 公司\"")
                .contains("+86 138-0000-0000").contains("'=HYPERLINK(1)").doesNotContain("外人");
    }

    @Test
    void anXlsxExportOfSelectedIdsSkipsIdsOutOfScope() throws IOException {
        String tag = unique("表格导出");
        as(outsider);
        long theirs = idOf(post("/api/v1/leads", "{\"name\": \"%s 外人\", \"source\": \"EVENT\"}".formatted(tag)));
        as(repA);
        long mine = idOf(post("/api/v1/leads", "{\"name\": \"%s 甲\", \"phone\": \"13800000000\", \"source\": \"EVENT\"}"
                .formatted(tag)));

        MvcTestResult export = get("/api/v1/leads/export?format=xlsx&ids=%d,%d".formatted(mine, theirs));

        assertThat(export).hasStatusOk();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(Long.toString(mine));
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("13800000000");
        }
    }

    @Test
    void exportsNeedThePermissionAndAKnownFormat() {
        as(agent);
        assertThat(get("/api/v1/leads/export")).hasStatus(HttpStatus.FORBIDDEN);
        as(repA);
        assertThat(get("/api/v1/leads/export?format=pdf")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
        assertThat(get("/api/v1/leads/export?ownerId=" + outsider)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCsvWithChineseHeadersIsImportedOwnedByTheImporterWithDuplicateWarnings() {
        String tag = unique("导入");
        as(repA);
        long existing = idOf(post("/api/v1/leads", "{\"name\": \"老线索\", \"phone\": \"13512345678\", \"source\": \"EVENT\"}"));
        String csv = "\uFEFF姓名,公司,电话,邮箱,来源,备注\r\n"
                + tag + " 1,\"公司, 一\",13512345678,a@example.com,展会,\"多行\n备注\"\r\n"
                + tag + " 2,,,,,\r\n"
                + ",,,,,\r\n"
                + tag + " 3,,,A@Example.com,website,\r\n";

        MvcTestResult imported = upload("leads.csv", utf8(csv));

        assertThat(imported).hasStatusOk().bodyJson().extractingPath("$.imported").asNumber().isEqualTo(3);
        assertThat(imported).bodyJson().extractingPath("$.duplicateWarnings[0].row").asNumber().isEqualTo(2);
        assertThat(imported).bodyJson().extractingPath("$.duplicateWarnings[0].duplicates[0].id").asNumber()
                .isEqualTo((int) existing);
        assertThat(imported).bodyJson().extractingPath("$.duplicateWarnings[1].row").asNumber().isEqualTo(5);
        assertThat(imported).bodyJson().extractingPath("$.duplicateWarnings[1].duplicates[0].type").isEqualTo("ROW");
        assertThat(leadsNamed(tag)).isEqualTo(3);
        assertThat(jdbc.sql("select source || '|' || owner_id || '|' || company from lead where name = ?")
                .param(tag + " 1").query(String.class).single()).isEqualTo("EXHIBITION|%d|公司, 一".formatted(repA));
        assertThat(jdbc.sql("select source from lead where name = ?").param(tag + " 2").query(String.class).single())
                .isEqualTo("OTHER");
        assertThat(countWhere("select count(*) from operation_log l join lead on lead.id = l.entity_id "
                + "where l.entity_type = 'LEAD' and l.action = 'IMPORT' and lead.name like ?", tag + "%")).isEqualTo(3);
    }

    @Test
    void anXlsxWithEnglishHeadersIsImported() throws IOException {
        String tag = unique("xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            String[] columns = {"Name", "Phone", "Source", "ID", "状态"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(tag);
            row.createCell(1).setCellValue(13912345678d);
            row.createCell(2).setCellValue("转介绍");
            book.write(out);
        }
        as(repB);

        assertThat(upload("leads.xlsx", out.toByteArray())).hasStatusOk().bodyJson().extractingPath("$.imported")
                .asNumber().isEqualTo(1);
        assertThat(jdbc.sql("select phone || '|' || source from lead where name = ?").param(tag).query(String.class).single())
                .isEqualTo("13912345678|REFERRAL");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesEveryBadCell() {
        String tag = unique("坏行");
        as(repA);
        long before = count("lead");
        String csv = "name,phone,email,source,campaignId\n"
                + tag + " ok,13800000000,ok@example.com,EVENT,\n"
                + tag + " bad,not-a-phone,broken,TV,abc\n"
                + ",,,,\n"
                + "," + "13800000000,,EVENT,999999999\n";

        MvcTestResult refused = upload("bad.csv", utf8(csv));

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("row 3.phone", "row 3.email", "row 3.source", "row 3.campaignId", "row 5.name", "row 5.campaignId");
        assertThat(count("lead")).isEqualTo(before);
    }

    @Test
    void unknownColumnsMissingFilesAndTooManyRowsAreBadInput() {
        as(repA);
        long before = count("lead");

        assertThat(upload("x.csv", utf8("姓名,电活\n张三,1\n"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(upload("x.csv", utf8("公司\n某公司\n"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].message").asString().contains("姓名/name");
        assertThat(upload("x.csv", new byte[0])).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        assertThat(upload("x.csv", new byte[] {(byte) 0xC3, (byte) 0x28})).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
        StringBuilder many = new StringBuilder("name\n");
        for (int i = 0; i <= LeadImport.MAX_ROWS; i++) {
            many.append("n").append(i).append('\n');
        }
        assertThat(upload("many.csv", utf8(many.toString()))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].message").asString().contains("10000");
        assertThat(count("lead")).isEqualTo(before);
    }

    @Test
    void aFileOverFiveMegabytesIsTooLarge() {
        as(repA);
        byte[] big = new byte[(int) LeadImport.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        assertThat(upload("big.csv", big)).hasStatus(HttpStatus.CONTENT_TOO_LARGE);
    }

    @Test
    void importingNeedsThePermission() {
        as(agent);

        assertThat(upload("x.csv", utf8("name\n张三\n"))).hasStatus(HttpStatus.FORBIDDEN);
    }
}
