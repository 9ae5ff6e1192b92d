/** Types that every service component shares: paging of lists. */
package kr.corepolicy.service.shared;
