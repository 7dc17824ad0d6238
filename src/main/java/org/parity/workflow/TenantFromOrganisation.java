package org.parity.workflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Process definitions are shared by every organisation; each instance gets the organisation code of
 * its action as tenant id, so Cockpit and queries can be narrowed per trust.
 */
@Component
class TenantFromOrganisation extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new TenantIdProvider() {
            @Override
            public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
                Object organisation =
                        ctx.getVariables() == null ? null : ctx.getVariables().get(ProcessVariables.ORGANISATION);
                return organisation == null ? null : organisation.toString();
            }

            @Override
            public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
                return null;
            }

            @Override
            public String provideTenantIdForHistoricDecisionInstance(
                    TenantIdProviderHistoricDecisionInstanceContext ctx) {
                return null;
            }
        });
    }
}
