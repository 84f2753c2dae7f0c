package com.cxalign.jira.admin;

import com.atlassian.sal.api.user.UserManager;
import com.cxalign.jira.catalog.AlignmentServices;
import com.cxalign.jira.catalog.Catalog;
import com.cxalign.jira.catalog.TransferServices;
import com.cxalign.jira.catalog.rest.AuditResource;
import com.cxalign.jira.catalog.rest.ChampionResource;
import com.cxalign.jira.catalog.rest.ConfigResource;
import com.cxalign.jira.catalog.rest.GoalResource;
import com.cxalign.jira.catalog.rest.GoalScopeResource;
import com.cxalign.jira.catalog.rest.HygieneResource;
import com.cxalign.jira.catalog.rest.MetricResource;
import com.cxalign.jira.catalog.rest.MissionResource;
import com.cxalign.jira.catalog.rest.ReadingImportResource;
import com.cxalign.jira.platform.i18n.Messages;
import com.cxalign.jira.platform.security.CurrentActor;
import com.cxalign.jira.testing.preview.HeldOpenRule;
import com.cxalign.jira.testing.preview.PluginPageServer;
import com.cxalign.jira.testing.preview.PreviewModule;
import com.cxalign.jira.testing.preview.PreviewServices;
import com.cxalign.jira.testing.rest.PluginClasses;
import com.cxalign.jira.testing.rest.StrictMessages;

import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import javax.inject.Inject;
import javax.ws.rs.ext.Provider;


/**
 * The catalogue's admin pages (mission and goals, readings, champions, audit log) for the {@link PluginPageServer}:
 * the real servlets, and every real catalogue REST resource (mission, goals and scopes, metrics and readings, CSV
 * import, champions, hygiene, configuration transfer, audit log) with the plugin's own providers (error mappers,
 * strict JSON) over the catalogue's real services on a real database ({@link Catalog}), signed in as the preview's
 * user.
 * <ul>
 *   <li>{@link #over(Catalog)} for browser tests, which own the {@link Catalog} rule;</li>
 *   <li>{@link #withSampleData()} for the hand-started preview: its own H2 catalogue filled with
 *       {@link CatalogSampleData}, closed when the server stops.</li>
 * </ul>
 */
public final class CatalogPages {

    public static final String CATALOG = "cx-align-admin-catalog";
    public static final String READINGS = "cx-align-admin-readings";
    public static final String CHAMPIONS = "cx-align-admin-champions";
    public static final String AUDIT = "cx-align-admin-audit";

    private CatalogPages() {
    }

    /** The pages and the REST API over {@code catalog}, whose services must exist already (build after its rule). */
    public static PreviewModule over(Catalog catalog) {
        return server -> {
            server.withServlet(CATALOG, services -> new MissionGoalsServlet(services.adminPageGuard(),
                    services.templateRenderer(), services.pageBuilderService()));
            server.withServlet(READINGS, services -> new ReadingsServlet(services.adminPageGuard(),
                    services.templateRenderer(), services.pageBuilderService()));
            server.withServlet(CHAMPIONS, services -> new ChampionsServlet(services.adminPageGuard(),
                    services.templateRenderer(), services.pageBuilderService()));
            server.withServlet(AUDIT, services -> new AuditLogServlet(services.adminPageGuard(),
                    services.templateRenderer(), services.pageBuilderService()));
            rest(server, services -> new MissionResource(catalog.missions, actor(services)));
            rest(server, services -> new GoalResource(catalog.goals, catalog.links, actor(services)));
            rest(server, services -> new MetricResource(catalog.metrics, catalog.links, catalog.readings,
                    actor(services)));
            rest(server, services -> new AuditResource(catalog.audit, actor(services)));
            AlignmentServices alignment = AlignmentServices.over(catalog);
            rest(server, services -> new GoalScopeResource(alignment.scopes, actor(services)));
            rest(server, services -> new ChampionResource(alignment.champions, actor(services)));
            rest(server, services -> new HygieneResource(alignment.hygiene, alignment.hygieneSettings,
                    actor(services)));
            TransferServices transfer = TransferServices.over(catalog);
            rest(server, services -> new ConfigResource(transfer.exports, transfer.imports, actor(services)));
            rest(server, services -> new ReadingImportResource(transfer.readingImport, actor(services)));
            Messages messages = StrictMessages.forPlugin();
            for (Class<?> type : PluginClasses.all()) {
                if (type.isAnnotationPresent(Provider.class)) {
                    server.withRestResource(services -> provider(type, Map.of(Messages.class, messages,
                            UserManager.class, services.userManager(), CurrentActor.class, actor(services))));
                }
            }
        };
    }

    /** For {@code PreviewMain}: the pages over a catalogue of their own, with realistic sample data. */
    public static PreviewModule withSampleData() {
        return server -> {
            HeldOpenRule<Catalog> open = HeldOpenRule.open(new Catalog(), "the preview's catalogue database");
            Catalog catalog = open.rule();
            try {
                CatalogSampleData.fill(catalog);
                // Readings may be recorded up to today in the preview (the catalogue's clock starts in 2026).
                Duration behind = Duration.between(catalog.clock.instant(), Instant.now());
                if (!behind.isNegative()) {
                    catalog.clock.advance(behind);
                }
            } catch (RuntimeException e) {
                open.close();
                throw e;
            }
            server.closeOnStop(open);
            over(catalog).install(server);
        };
    }

    private static void rest(PluginPageServer.Builder server, Function<PreviewServices, ?> factory) {
        server.withRestResource(factory);
    }

    private static CurrentActor actor(PreviewServices services) {
        return new CurrentActor(services.userManager());
    }

    /** A @Provider built like Jira builds it: through its @Inject (or no-argument) constructor. */
    private static Object provider(Class<?> type, Map<Class<?>, Object> injectable) {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class) || c.getParameterCount() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("@Provider " + type.getName()
                        + " needs a public @Inject or no-argument constructor"));
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(parameter -> {
            Object value = injectable.get(parameter);
            if (value == null) {
                throw new IllegalStateException("@Provider " + type.getName() + " needs a " + parameter.getName()
                        + ", which the preview cannot supply (it knows " + injectable.keySet() + ")");
            }
            return value;
        }).toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build @Provider " + type.getName(), e);
        }
    }
}
