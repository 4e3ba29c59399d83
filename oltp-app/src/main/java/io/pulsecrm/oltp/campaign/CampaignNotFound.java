package io.pulsecrm.oltp.campaign;

import io.pulsecrm.oltp.shared.NotFound;

public final class CampaignNotFound extends NotFound {

    CampaignNotFound(String what, long id) {
        super("%s %d does not exist".formatted(what, id));
    }

    @Override
    public String code() {
        return "campaign-not-found";
    }
}
