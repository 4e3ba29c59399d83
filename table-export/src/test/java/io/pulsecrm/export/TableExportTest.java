package io.pulsecrm.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static byte[] export(TableExport.Format format, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.open(format, "表", out)) {
            table.header(List.of("ID", "名称"));
            rows.forEach(table::row);
            table.finish();
            assertThat(table.rows()).isEqualTo(rows.size());
        }
        return out.toByteArray();
    }

    @Test
    void exportedCellsAreQuotedWhenNeededAndNeverFormulas() {
        assertThat(TableExport.csv("逗号, 公司")).isEqualTo("\"逗号, 公司\"");
        assertThat(TableExport.csv("说 \"你好\"")).isEqualTo("\"说 \"\"你好\"\"\"");
        assertThat(TableExport.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(TableExport.csv("-2+3+cmd|' /C calc'!A0")).startsWith("'-2");
        assertThat(TableExport.csv("+86 138-0000-0000")).isEqualTo("+86 138-0000-0000");
        assertThat(TableExport.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void aCsvStartsWithABomAndEndsEveryLineWithCrLf() throws IOException {
        byte[] bytes = export(TableExport.Format.CSV, List.of(List.of("1", "多行\n备注"), List.of("2", "=A1")));

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFID,名称\r\n1,\"多行\n备注\"\r\n2,'=A1\r\n");
    }

    @Test
    void anXlsxHoldsTheHeaderAndRowsAsText() throws IOException {
        byte[] bytes = export(TableExport.Format.XLSX, List.of(List.of("13800000000", "=A1")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("表");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("13800000000");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=A1");
        }
    }

    @Test
    void aTableClosedBeforeItsHeaderWritesNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableExport table = TableExport.open(TableExport.Format.XLSX, "表", out)) {
            assertThat(table.rows()).isZero();
        }
        assertThat(out.size()).isZero();
    }

    @Test
    void formatsAreCsvOrXlsxInAnyCaseElseTheFieldIsNamed() {
        assertThat(TableExport.Format.parse("XLSX")).isEqualTo(TableExport.Format.XLSX);
        assertThat(TableExport.Format.parse("csv").contentType).isEqualTo("text/csv;charset=UTF-8");
        assertThatThrownBy(() -> TableExport.Format.parse("pdf")).isInstanceOfSatisfying(TableExport.UnknownFormat.class,
                e -> assertThat(e).hasMessage("must be csv or xlsx").extracting(TableExport.UnknownFormat::field)
                        .isEqualTo("format"));
    }

    @Test
    void theFileNameIsQuotedAndRfc5987Encoded() {
        assertThat(TableExport.attachment("customers-20250102-0930.csv"))
                .isEqualTo("attachment; filename=\"customers-20250102-0930.csv\"; "
                        + "filename*=UTF-8''customers-20250102-0930.csv");
        assertThat(TableExport.attachment("客户 1.csv"))
                .isEqualTo("attachment; filename=\"__ 1.csv\"; filename*=UTF-8''%E5%AE%A2%E6%88%B7%201.csv");
    }

    @Test
    void timesAreShownOnTheClockOfChina() {
        assertThat(TableExport.time(Instant.parse("2025-01-01T16:30:00Z"))).isEqualTo("2025-01-02 00:30");
        assertThat(TableExport.time(null)).isEmpty();
        assertThat(TableExport.text(null)).isEmpty();
    }
}
