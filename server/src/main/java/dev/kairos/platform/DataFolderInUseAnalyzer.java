package dev.kairos.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, without a stack trace, why a second server on one data folder did not start. */
class DataFolderInUseAnalyzer extends AbstractFailureAnalyzer<DataFolderInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUse cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the Kairos process that holds " + cause.folder()
                        + ", or start this one with another KAIROS_DATA_DIR (or an external KAIROS_DB_URL).",
                cause);
    }
}
