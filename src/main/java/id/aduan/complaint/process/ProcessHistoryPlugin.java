package id.aduan.complaint.process;

import java.sql.SQLException;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Offers the engine Aduan's history level ({@link ProcessHistoryLevel}), chosen by {@code camunda.bpm.history-level}.
 * A database that kept the engine's {@code full} history, as Aduan did before, moves to it when the engine starts (the
 * engine refuses a level other than the one its database names): history kept so far stays, only what the engine
 * writes from then on changes.
 */
@Component
class ProcessHistoryPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ProcessHistoryPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<HistoryLevel>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new ProcessHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!ProcessHistoryLevel.NAME.equals(configuration.getHistory())) {
            return;
        }
        var table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
        try (var connection = configuration.getDataSource().getConnection();
                var statement = connection.prepareStatement(
                        "update " + table + " set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
            statement.setString(1, String.valueOf(ProcessHistoryLevel.ID));
            statement.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
            if (statement.executeUpdate() > 0) {
                log.info("The engine's history level is now Aduan's ({}), no longer full", ProcessHistoryLevel.NAME);
            }
        } catch (SQLException noTablesYet) {
            // A new database: the engine creates its tables and stores the configured level itself.
            log.debug("No history level to move: {}", noTablesYet.getMessage());
        }
    }
}
