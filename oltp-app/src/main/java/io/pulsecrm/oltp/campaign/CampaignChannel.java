package io.pulsecrm.oltp.campaign;

/** Where a campaign reaches people (ck_campaign_channel in V3). */
public enum CampaignChannel {
    SEARCH, SOCIAL, EMAIL, EVENT, EXHIBITION, REFERRAL, WEBSITE, ADVERTISING, TELEMARKETING, OTHER
}
