package io.pulsecrm.oltp.lead.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.export.TableExport;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.pulsecrm.oltp.lead.LeadExport;
import io.pulsecrm.oltp.lead.LeadFilter;
import io.pulsecrm.oltp.lead.LeadImport;
import io.pulsecrm.oltp.lead.LeadStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads")
class LeadFileController {


    private final LeadExport export;
    private final LeadImport imports;
    private final Clock clock;

    LeadFileController(LeadExport export, LeadImport imports, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.clock = clock;
    }

    @GetMapping("/export")
    @RequiresPermission("lead:export")
    @ApiResponse(responseCode = "200", description = "the file, as an attachment",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @Operation(summary = "Export the selected leads, or all in the caller's scope matching the filters, as CSV or xlsx",
            description = "Streamed. CSV is UTF-8 with a BOM (Excel shows Chinese); columns as the import reads them. "
                    + "More than 100,000 matching leads are refused (400): narrow the filters.")
    void export(@Parameter(description = "csv (default) or xlsx") @RequestParam(defaultValue = "csv") String format,
            @Parameter(description = "export only these leads (still within the caller's scope)")
            @RequestParam(required = false) @Size(max = 10_000, message = "must list at most 10000 lead ids") List<Long> ids,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) LeadStatus status,
            @RequestParam(required = false) SourceChannel source,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) LocalDate createdFrom,
            @RequestParam(required = false) LocalDate createdTo,
            HttpServletResponse response) throws IOException {
        TableExport.Format chosen = TableExport.Format.parse(format);
        LeadFilter filter = new LeadFilter(q, status, source, campaignId, ownerId, createdFrom, createdTo, ids);
        export.write(filter, chosen, () -> {
            response.setContentType(chosen.contentType);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, TableExport.attachment("leads-%s.%s"
                    .formatted(LocalDate.now(clock.withZone(TableExport.ZONE)), chosen.extension)));
        }, response.getOutputStream());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission("lead:import")
    @ApiResponse(responseCode = "200", description = "imported: counts and duplicate warnings per row")
    @ApiResponse(responseCode = "413", description = "the file is larger than 5 MB",
            content = @Content(mediaType = "application/problem+json"))
    @Operation(summary = "Import leads from a CSV or xlsx file (multipart field 'file'), all or nothing",
            description = "Headers in Chinese or English: 姓名/name (required), 公司/company, 职位/title, 电话/phone, "
                    + "邮箱/email, 行业/industry, 地区/region, 地址/address, 来源/source (code or Chinese name; blank: "
                    + "OTHER), 活动ID/campaignId, 备注/remark. Any bad row: 400 naming each cell as 'row 7.phone' and "
                    + "nothing imported. At most 10,000 rows (400) and 5 MB (413). Duplicates are warned per row.")
    LeadImport.Result importFile(@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new MissingFile();
        }
        return imports.importFile(file.getBytes(), file.getOriginalFilename());
    }

    static final class MissingFile extends io.pulsecrm.oltp.shared.InvalidInput {
        MissingFile() {
            super("file", "is required: upload a CSV or xlsx file as the multipart field 'file'");
        }

        @Override
        public String code() {
            return "invalid-input";
        }
    }
}
