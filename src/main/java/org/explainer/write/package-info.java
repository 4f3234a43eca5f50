/** The write stage: a plan of files, checked for collisions, written atomically into the output folder. */
package org.explainer.write;
