/** Types that every service component shares: paging of lists, the check of methods run at start-up. */
package kr.corepolicy.service.shared;
