package uz.daftar.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link CommandRejected} into a {@link CommandExecutionException} with the rejection as details, the form
 * in which it survives both the local command bus and Axon Server.
 */
@Component
class RejectionTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Autowired
    void registerOn(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (CommandRejected rejected) {
            throw new CommandExecutionException(rejected.getMessage(), null, rejected.toRejection());
        }
    }
}
