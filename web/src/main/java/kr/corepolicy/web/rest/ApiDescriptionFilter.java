package kr.corepolicy.web.rest;

import kr.corepolicy.web.rest.json.ApiDescription;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara answers {@code /openapi} beside the application, to anyone: no filter or constraint of the application
 * reaches it, and Payara's own protection ({@code set-openapi-configuration --securityenabled}) checks its
 * file realm, not CorePolicy's accounts. So outside demo mode the published description is emptied: it keeps
 * its title and lists no path, parameter or schema. In demo mode it is completed by {@link ApiDescription}: the
 * schemas of every body and answer with their ranges, and the problem answers. (Registered as {@code mp.openapi.filter} in
 * META-INF/microprofile-config.properties; Payara applies it when it builds the document at deployment.)
 */
public class ApiDescriptionFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        boolean demo = ConfigProvider.getConfig().getOptionalValue("corepolicy.demo", Boolean.class).orElse(false);
        if (demo) {
            ApiDescription.complete(openAPI);
        } else {
            openAPI.setPaths(OASFactory.createPaths());
            openAPI.setComponents(OASFactory.createComponents());
            openAPI.setTags(null);
            openAPI.setServers(null);
            if (openAPI.getInfo() != null) {
                openAPI.getInfo().setDescription("Sign-in required: the description is published in demo mode only.");
            }
        }
    }
}
