/** Building blocks shared by every business component: the business-exception family. */
package kr.corepolicy.domain.shared;
