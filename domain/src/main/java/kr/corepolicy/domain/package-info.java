/** The CorePolicy domain: JPA entities that guard their own business rules. */
package kr.corepolicy.domain;
