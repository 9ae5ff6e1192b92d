/** CorePolicy services: EJB session beans, the transaction and authorization boundary. */
package kr.corepolicy.service;
