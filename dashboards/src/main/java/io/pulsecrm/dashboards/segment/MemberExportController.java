package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.export.TableExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/segments/{id}/members.csv} or {@code .xlsx}: the segment's current members in the viewer's scope
 * as a download ({@code segment:view} by the security setup, {@code customer:export} here). Headers in the viewer's
 * language ({@code ?lang=en}), zh-CN by default.
 */
@RestController
class MemberExportController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final MemberExport export;

    MemberExportController(MemberExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/segments/{id}/members.{format}")
    void members(@AuthenticationPrincipal Viewer viewer, @PathVariable String id, @PathVariable String format,
            Locale locale, HttpServletResponse response) throws IOException {
        long segment = SegmentController.segmentId(id);
        TableExport.Format chosen = MemberExport.format(format);
        export.write(viewer, segment, chosen, locale, () -> {
            response.setContentType(chosen.contentType);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, TableExport.attachment("segment-%d-members-%s.%s"
                    .formatted(segment, STAMP.format(LocalDateTime.now(TableExport.ZONE)), chosen.extension)));
        }, response.getOutputStream());
    }
}
