/** Demo mode ({@code --demo}): a realistic chain with staff, services and appointments to try Kairos on. */
package dev.kairos.demo;
