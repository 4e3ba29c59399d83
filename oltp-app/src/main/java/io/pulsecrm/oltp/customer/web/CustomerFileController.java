package io.pulsecrm.oltp.customer.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.pulsecrm.export.TableExport;
import io.pulsecrm.oltp.customer.CustomerExport;
import io.pulsecrm.oltp.customer.CustomerFilter;
import io.pulsecrm.oltp.customer.CustomerLevel;
import io.pulsecrm.oltp.customer.DealStatus;
import io.pulsecrm.oltp.customer.SourceChannel;
import io.pulsecrm.oltp.identity.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers")
class CustomerFileController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CustomerExport export;
    private final Clock clock;

    CustomerFileController(CustomerExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/export")
    @RequiresPermission("customer:export")
    @ApiResponse(responseCode = "200", description = "the file, as an attachment customers-yyyyMMdd-HHmm.csv|xlsx",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @Operation(summary = "Export the selected customers, or all in the caller's scope matching the list's filters, "
            + "as CSV or xlsx",
            description = "Streamed, scoped exactly as the list (pooled customers are not exported). CSV is UTF-8 "
                    + "with a BOM (Excel shows Chinese), Chinese headers. Ids outside the caller's scope are left "
                    + "out silently. More than 100,000 matching customers are refused (400): narrow the filters.")
    void export(@Parameter(description = "csv (default) or xlsx") @RequestParam(defaultValue = "csv") String format,
            @Parameter(description = "export only these customers (still within the caller's scope)")
            @RequestParam(required = false) @Size(max = 10_000, message = "must list at most 10000 customer ids")
            List<Long> ids,
            @Parameter(description = "fragment of the name, or the exact phone or email") @RequestParam(required = false) String q,
            @RequestParam(required = false) CustomerLevel level,
            @RequestParam(required = false) String industry,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) SourceChannel source,
            @RequestParam(required = false) DealStatus dealStatus,
            @Parameter(description = "must be in the caller's scope (else 403)") @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Boolean locked,
            HttpServletResponse response) throws IOException {
        TableExport.Format chosen = TableExport.Format.parse(format);
        CustomerFilter filter = new CustomerFilter(q, level, industry, region, source, dealStatus, ownerId, locked);
        export.write(filter, ids, chosen, () -> {
            response.setContentType(chosen.contentType);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, TableExport.attachment("customers-%s.%s"
                    .formatted(STAMP.format(LocalDateTime.now(clock.withZone(TableExport.ZONE))), chosen.extension)));
        }, response.getOutputStream());
    }
}
