package io.pulsecrm.oltp.lead;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An upload over the size limit: 413, answered as a problem by the one problem handler (the
 * domain exception families have no 413, and a size limit is the transport's concern anyway).
 */
final class ImportTooLarge extends ErrorResponseException {

    ImportTooLarge(long size, long max) {
        super(HttpStatus.CONTENT_TOO_LARGE, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the file has %d bytes; at most %d (5 MB) can be imported at once".formatted(size, max)), null);
    }
}
