/** First-run setup ({@code --setup}): the first chain, its owner and API tokens, without a default password. */
package dev.kairos.setup;
