/** Small value types and converters shared by every module (flags, text lists, not-found). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.parity.common;
