package com.marginportal.client;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Clients read by their key (the imports write them, set-based). */
interface ClientRepository extends Repository<Client, Long> {

    /** Who the client is and who holds them: four columns, no entity loaded. */
    Optional<ClientRef> findRefById(long id);
}
