package io.pulsecrm.oltp.lead;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded spreadsheet into rows of text: CSV (UTF-8, with or without the BOM Excel
 * writes, RFC 4180 quoting) or the first sheet of an xlsx workbook. Numbers come back as typed
 * (a phone stored as a number is 13800000000, not 1.38E+10). Stops reading past {@code maxRows}
 * data rows; the caller reports the file as too long.
 */
final class LeadSheets {

    private LeadSheets() {
    }

    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    static List<List<String>> read(byte[] content, String filename, int maxRows) throws Unreadable {
        boolean zip = content.length >= 2 && content[0] == 'P' && content[1] == 'K';
        boolean xlsx = zip || (filename != null && filename.toLowerCase().endsWith(".xlsx"));
        return xlsx ? xlsx(content, maxRows) : csv(content, maxRows);
    }

    static List<List<String>> csv(byte[] content, int maxRows) throws Unreadable {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not UTF-8 text: save the CSV as UTF-8 (Excel: 'CSV UTF-8') or upload xlsx");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (rows.size() > maxRows + 1) {
                    return rows;
                }
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("has a quoted value that never ends (line " + (rows.size() + 1) + ")");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> xlsx(byte[] content, int maxRows) throws Unreadable {
        try (InputStream in = new ByteArrayInputStream(content); Workbook book = new XSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row source = sheet.getRow(r);
                List<String> row = new ArrayList<>();
                if (source != null) {
                    for (int c = 0; c < source.getLastCellNum(); c++) {
                        row.add(text(source.getCell(c), formatter));
                    }
                }
                rows.add(row);
                if (rows.size() > maxRows + 1) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("is not a readable xlsx workbook");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }
}
